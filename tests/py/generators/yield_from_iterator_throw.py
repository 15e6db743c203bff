# Delegating to a plain iterator: an exception thrown in is raised in the delegating
# generator (iterators have no throw method).
def outer():
    try:
        yield from iter([1, 2, 3])
    except ValueError as e:
        print("outer caught", e)
        yield "recovered"

o = outer()
print(next(o))
print(o.throw(ValueError("v")))
