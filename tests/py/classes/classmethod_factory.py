# classmethods receive the class they are called on, so factories build subclasses.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def create(cls, name):
        cls.count += 1
        return cls(name)

    @classmethod
    def kind(cls):
        return cls.__name__

class Circle(Shape):
    pass

a = Shape.create("s")
b = Circle.create("c")
c = b.create("c2")
print(type(a).__name__, type(b).__name__, type(c).__name__)
print(Shape.count, Circle.count, Shape.kind(), Circle.kind(), c.kind())
m = Circle.create
print(m.__self__ is Circle, m.__func__ is Shape.__dict__["create"].__func__)
