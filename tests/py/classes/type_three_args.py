# type(name, bases, dict) creates a class dynamically.
def greet(self):
    return "hi from " + self.name

Base = type("Base", (), {"name": "base", "greet": greet})
Derived = type("Derived", (Base,), {"name": "derived"})
d = Derived()
print(d.greet(), Base().greet(), Derived.__name__, Derived.__bases__ == (Base,), Derived.__mro__[1] is Base)
print(type(d) is Derived, isinstance(d, Base), issubclass(Derived, object))
try:
    type("X", 1, {})
except TypeError as e:
    print("TypeError:", e)
