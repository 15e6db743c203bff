# A base class can force overrides by raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

print(Square(3).describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
