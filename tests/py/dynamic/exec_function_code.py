# exec/eval of a function's code object run it as a call without arguments would.
def g():
    x = 1
    def h():
        return x
    print("g ran, h() =", h())
exec(g.__code__)
def plain():
    return 1
print(eval(plain.__code__))
def needs(a, b, *, c):
    return a
try:
    eval(needs.__code__)
except TypeError as e:
    print(e)
def outer():
    y = 2
    def inner():
        return y
    return inner
try:
    eval(outer().__code__)
except TypeError as e:
    print(e)
