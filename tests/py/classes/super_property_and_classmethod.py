# super() reaches parent properties, classmethods and staticmethods.
class Base:
    @property
    def label(self):
        return "base"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x * 2

class Child(Base):
    @property
    def label(self):
        return super().label + "+child"

    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj

    @staticmethod
    def helper(x):
        return Base.helper(x) + 1

c = Child.create()
print(c.label, type(c).__name__, c.extra, Child.helper(5), super(Child, c).helper(5))
