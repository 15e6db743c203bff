# dir() without an argument lists the local names, sorted.
def f(b, a):
    z = 1
    return dir()
print(f(1, 2))
class C:
    y = 1
    x = 2
    names = dir()
print(C.names)
