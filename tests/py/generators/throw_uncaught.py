# An exception thrown in and not handled comes out of throw() and finishes the generator.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

it = g()
print(next(it))
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("out:", repr(e))
print(list(it))
try:
    next(it)
except StopIteration:
    print("finished")
