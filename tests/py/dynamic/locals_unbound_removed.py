# A deleted local disappears from the next locals().
def f():
    a = 1
    b = 2
    del a
    return locals()
print(f())
