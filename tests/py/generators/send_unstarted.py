# send() with a value before the first yield is a TypeError.
def g():
    x = yield 1
    print("x =", x)
    yield 2

it = g()
try:
    it.send("early")
except TypeError as e:
    print("TypeError:", e)
print(it.send(None))
print(it.send("now"))
