# obj.__class__ assignment between compatible classes, renaming classes, and instance reprs by __qualname__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
def sw():
    a.__class__ = B
    return a.who(), type(a).__name__, isinstance(a, B)
t(sw)
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(1, "__class__", A))
class Q:
    def __init__(self):
        self.__dict__["x"] = 1
q = Q()
t(lambda: q.x)
def setd():
    q.__dict__ = {"y": 2}
    return q.y, hasattr(q, "x")
t(setd)
t(lambda: A.__dict__["who"](a))
t(lambda: setattr(A, "__name__", "Renamed") or A.__name__)
t(lambda: A.__qualname__)
t(lambda: repr(A()).split(" object")[0])
class Doc:
    "docstring here"
t(lambda: Doc.__doc__)
t(lambda: Doc().__doc__)
class O:
    class I:
        pass
print(repr(O.I()).split(" object")[0], repr(O()).split(" at")[0])
class C1:
    pass
class C2(list):
    pass
t(lambda: setattr(C1(), "__class__", C2))
t(lambda: setattr(C1(), "__class__", 5))
t(lambda: setattr(A, "__name__", 5))
t(lambda: delattr(C1(), "__class__"))
