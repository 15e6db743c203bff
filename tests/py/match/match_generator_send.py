# A match on the value sent into a generator.
def machine():
    while True:
        match (yield):
            case ["add", a, b]:
                print("sum", a + b)
            case ["stop"]:
                return "stopped"
            case other:
                print("unknown", other)

m = machine()
next(m)
m.send(["add", 1, 2])
m.send("x")
try:
    m.send(["stop"])
except StopIteration as e:
    print("returned", e.value)
