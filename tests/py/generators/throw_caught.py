# throw() raises at the suspension point; the generator handles it and yields again.
def g():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("handled", e)
            yield "after"

it = g()
next(it)
it.send(1)
print(it.throw(ValueError("bad")))
print(next(it))
it.send(2)
