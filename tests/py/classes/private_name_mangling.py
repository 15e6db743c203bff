# Private names (__x) in a class body are mangled to _Class__x; keyword arguments are not.
class A:
    def f(self, __x=1): return __x
    def g(self): return self.f(__x=5)
    def __h(self): pass
    class __Inner: pass
    __v = 3
    from math import pi as __pi
try: print(A().g())
except TypeError as e: print(e)
print(A._A__h.__name__, A._A__h.__qualname__, A._A__Inner.__name__, A._A__Inner.__qualname__, sorted(k for k in A.__dict__ if 'A__' in k))
