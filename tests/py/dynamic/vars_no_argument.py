# vars() without an argument is locals().
def f(a):
    b = a + 1
    return vars()
print(f(1))
print(vars() is globals())
