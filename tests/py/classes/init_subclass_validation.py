# __init_subclass__ enforcing that subclasses define required attributes.
class Shape:
    required = ("sides",)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [name for name in cls.required if not hasattr(cls, name)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")
        cls.registry_name = cls.__name__.lower()

class Triangle(Shape):
    sides = 3

print(Triangle.registry_name, Triangle.sides)
try:
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)
