# close() closes the delegate first, then the delegating generator.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner closed")

def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")

o = outer()
print(next(o))
o.close()
print("done")
