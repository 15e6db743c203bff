global a
global a, b, c
def f():
    global x
    def g():
        nonlocal y, z
