# Each locals() call in a frame refreshes and returns the same dict (CPython 3.11).
def f():
    a = 1
    first = locals()
    b = 2
    second = locals()
    return first is second, sorted(first)
print(f())
