# exec in a function writes the frame's locals() dict; locals() keeps that key.
def f():
    a = 1
    exec("y = a + 41")
    return locals()

print(f())
