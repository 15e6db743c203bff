# throw() accepts a class, an instance, or a class and a value.
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(ValueError, "val")
it.throw(ValueError, ("a", 1))
try:
    it.throw(ValueError("x"), "y")
except TypeError as e:
    print("TypeError:", e)
try:
    it.throw(3)
except TypeError as e:
    print("TypeError:", e)
