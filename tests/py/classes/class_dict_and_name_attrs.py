# Special class attributes: __name__, __qualname__, __module__, __doc__, __dict__, __class__.
class Outer:
    """Outer docs."""
    attr = 1

    class Inner:
        pass

    def method(self):
        pass

o = Outer()
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.method.__qualname__, o.__class__ is Outer, type(o).__name__, Outer.Inner.__name__)
print("attr" in Outer.__dict__, "attr" in o.__dict__, o.__dict__)
o.z = 5
print(o.__dict__, Outer.__bases__, object.__bases__)
