# With separate globals and locals, assignments go to locals; reads fall back to globals.
g = {"base": 100}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(l)
print(sorted(k for k in g if k != "__builtins__"))
