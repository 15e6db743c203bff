# type.__subclasses__ lists direct subclasses in creation order (a plugin registry without a metaclass).
class Shape:
    @classmethod
    def all_kinds(cls):
        out = []
        for sub in cls.__subclasses__():
            out.append(sub.__name__)
            out.extend(sub.all_kinds())
        return out


class Circle(Shape):
    pass


class Polygon(Shape):
    pass


class Square(Polygon):
    pass


class Triangle(Polygon):
    pass


print(Shape.__subclasses__())
print(Polygon.__subclasses__(), Square.__subclasses__())
print(Shape.all_kinds())


class Mixin:
    pass


class Both(Circle, Mixin):
    pass


print([c.__name__ for c in Circle.__subclasses__()], [c.__name__ for c in Mixin.__subclasses__()])
