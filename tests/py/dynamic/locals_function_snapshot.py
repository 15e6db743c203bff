# locals() in a function: a dict of the bound locals; writing it changes nothing.
def f(a, b=2):
    c = a + b
    d = locals()
    d["c"] = 100
    d["new"] = 1
    return c, sorted(d)
print(f(1))
def g():
    x = 1
    before = dict(locals())
    y = 2
    return before, locals()
print(g())
