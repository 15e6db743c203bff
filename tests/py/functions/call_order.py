# Arguments are evaluated left to right before the call.
def v(tag, val):
    print("eval", tag)
    return val
def f(a, b, c=0, *, d=0):
    return a + b + c + d
print(f(v("a", 1), v("b", 2), d=v("d", 4), c=v("c", 3)))
print(v("x", [1])[0] + v("y", 2))
