x: int
y: int = 1
z: list[int] = []
a.b: str
c[0]: int = 1
(d): int = 2
e: tuple = 1, 2
f: "forward"
def g():
    h: int = yield
