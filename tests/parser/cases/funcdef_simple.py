def f():
    pass
def g(a):
    return a
def h(a, b):
    return a + b
def i(): pass
