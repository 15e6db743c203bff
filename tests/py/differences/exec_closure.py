# edge-differs: exec() of a code object with free variables and closure= is not supported
# (CPython runs it and prints "ran"); Edge raises TypeError.
def outer():
    x = 5
    def inner():
        return x
    return inner
f = outer()
try:
    exec(f.__code__, {}, closure=f.__closure__)
    print("ran")
except TypeError as e:
    print("TypeError:", e)
