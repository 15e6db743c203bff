# A subclass can override a property, or extend it with a new setter via the parent's property.
class Base:
    @property
    def name(self):
        return "base"

class Child(Base):
    @property
    def name(self):
        return "child of " + super().name

class Settable(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v

c = Child()
print(c.name)
s = Settable()
s.name = "x"
print(s.name, s._n)
print(Base.name is not Settable.name)
