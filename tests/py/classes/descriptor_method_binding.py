# Functions are descriptors: __get__ binds them; staticmethod/classmethod objects expose __func__.
class C:
    def f(self, x):
        return (type(self).__name__, x)

def outside(self):
    return "bound to " + type(self).__name__

c = C()
bound = C.__dict__["f"].__get__(c, C)
print(bound(1), C.__dict__["f"].__get__(None, C) is C.__dict__["f"])
C.g = outside
print(c.g())
sm = staticmethod(outside)
cm = classmethod(lambda cls: cls.__name__)
C.s = sm
C.k = cm
print(C.s(c), c.k(), C.k(), sm.__func__ is outside)
