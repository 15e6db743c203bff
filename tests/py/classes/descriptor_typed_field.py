# A validating descriptor stores values per instance under a private name.
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print("delete", self.name)
        obj.__dict__.pop(self.name)

class Person:
    name = Typed("name", str)
    age = Typed("age", int)

    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, isinstance(Person.name, Typed))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
del p.age
print(p.age)
