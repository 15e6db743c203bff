# exec with an explicit globals dict: names land there, not in the caller.
g = {"a": 10}
exec("b = a + 1", g)
print(g["a"], g["b"])
print("b" in globals())
print(sorted(k for k in g if k != "__builtins__"))
