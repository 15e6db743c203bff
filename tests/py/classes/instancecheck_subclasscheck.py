# A metaclass with __instancecheck__ / __subclasscheck__ customises isinstance/issubclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Robot:
    def quack(self):
        return "beep"

print(isinstance(Robot(), Duck), isinstance(5, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
