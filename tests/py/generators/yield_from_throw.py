# throw() goes to the innermost generator of a yield-from chain first.
def inner():
    try:
        yield "inner 1"
    except KeyError:
        print("inner handled KeyError")
        yield "inner 2"
    return "inner result"

def middle():
    result = yield from inner()
    print("middle got", result)
    yield "middle"

def outer():
    try:
        yield from middle()
    except ValueError:
        print("outer handled ValueError")
        yield "outer"

o = outer()
print(next(o))
print(o.throw(KeyError))
print(next(o))
print(o.throw(ValueError))
