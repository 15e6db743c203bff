# eval with no namespace sees the caller's locals and globals.
g = 10
def f(a):
    b = a * 2
    return eval("a + b + g")
print(f(1))
print(eval("g * 2"))
