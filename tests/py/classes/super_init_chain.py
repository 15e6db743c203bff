# Cooperative __init__ with **kwargs through a multiple-inheritance chain.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()

class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)

class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged", age)
        self.age = age
        super().__init__(**kw)

class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)

p = Person(name="Ann", age=3)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
