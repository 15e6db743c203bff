# Imports geometry by bare name: resolved through the same packages.json.
from geometry import circle_area

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(circle_area(self.r), 2)


def describe(shape):
    return f"{type(shape).__name__}: area {shape.area()}"
