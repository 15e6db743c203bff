# A delegate object with send/throw/close methods receives them through yield from.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return ("echo", value)
    def throw(self, exc):
        print("Echo.throw got", type(exc).__name__)
        return "thrown-back"
    def close(self):
        print("Echo.close")

def outer():
    r = yield from Echo()
    print("result:", r)
    yield "end"

o = outer()
print(next(o))
print(o.send("hi"))
print(o.throw(KeyError))
print(o.send("x"))
print(next(o))
o2 = outer()
next(o2)
o2.close()
