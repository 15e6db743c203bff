# A generator that returns while handling a thrown exception makes throw() raise
# StopIteration carrying the return value.
def g():
    try:
        yield 1
    except ValueError:
        return "handled and done"

it = g()
next(it)
try:
    it.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
