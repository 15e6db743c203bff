# Areas and perimeters of shapes with class patterns and __match_args__.
class Circle:
    __match_args__ = ("radius",)
    def __init__(self, radius):
        self.radius = radius

class Rect:
    __match_args__ = ("width", "height")
    def __init__(self, width, height):
        self.width = width
        self.height = height

class Square(Rect):
    __match_args__ = ("side",)
    def __init__(self, side):
        super().__init__(side, side)
        self.side = side

class Triangle:
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

PI = 3.14159

def area(shape):
    match shape:
        case Circle(r) if r < 0:
            raise ValueError("negative radius")
        case Circle(radius=r):
            return PI * r * r
        case Square(s):
            return s * s
        case Rect(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)) ** 0.5
        case [*shapes]:
            return sum(area(x) for x in shapes)
        case _:
            raise TypeError(f"not a shape: {shape!r}")

def name(shape):
    match shape:
        case Circle(0):
            return "a point"
        case Square():
            return "a square"
        case Rect(w, h) if w == h:
            return "a square-shaped rectangle"
        case Rect(width=w, height=h):
            return f"a {w}x{h} rectangle"
        case Triangle(a, b, c) if a == b == c:
            return "an equilateral triangle"
        case Triangle():
            return "a triangle"
        case Circle():
            return "a circle"

shapes = [Circle(1), Circle(0), Rect(2, 3), Rect(4, 4), Square(5), Triangle(3, 4, 5), Triangle(2, 2, 2)]
for s in shapes:
    print(name(s), round(area(s), 3))
print("total", round(area(shapes), 3))
for bad in [Circle(-1), "circle"]:
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
