# Positional sub-patterns use __match_args__, and mix with keyword ones.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def f(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x, y=5):
            return f"y is five, x {x}"
        case Point(a, b):
            return f"point {a} {b}"

for p in [Point(0, 0), Point(2, 0), Point(7, 5), Point(1, 2)]:
    print(f(p))
