# A tour of class protocols: dunders, descriptors, __init_subclass__, builtin subclasses.
class A:
    """Doc of A."""
    x = 1
    def __init__(self, v): self.v = v
    def __repr__(self): return f"A({self.v!r})"
    def __eq__(self, o): return isinstance(o, A) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v if isinstance(o, A) else NotImplemented
print(A.__doc__, A.__name__, A.__qualname__, A.__module__)
print(sorted([A(3), A(1), A(2)]))
print(A(1) == A(1), A(1) != A(2), {A(1), A(1)})
try: A(1) < 3
except TypeError as e: print(e)
class B:
    def __init__(self): self.__dict__['data'] = {}
    def __getattr__(self, n): 
        if n.startswith('_'): raise AttributeError(n)
        return self.data.get(n, 'missing')
    def __setattr__(self, n, v): self.data[n] = v
    def __delattr__(self, n): del self.data[n]
b = B(); b.q = 5; print(b.q, b.z); del b.q; print(b.q)
class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None): return self if obj is None else getattr(obj, self.name, 0) * 2
    def __set__(self, obj, v): setattr(obj, self.name, v)
class C:
    d = Desc()
c = C(); c.d = 21; print(c.d, type(C.d).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); Base.registry.append((cls.__name__, tag))
class D1(Base, tag='one'): pass
class D2(D1): pass
print(Base.registry)
class V:
    def __init__(self, *a): self.a = list(a)
    def __len__(self): return len(self.a)
    def __getitem__(self, i): 
        if isinstance(i, slice): return V(*self.a[i])
        return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __delitem__(self, i): del self.a[i]
    def __contains__(self, x): return x in self.a
    def __iter__(self): return iter(self.a)
    def __add__(self, o): return V(*(x+y for x,y in zip(self, o)))
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __iadd__(self, o): self.a += list(o); return self
    def __mul__(self, k): return V(*(x*k for x in self))
    __rmul__ = __mul__
    def __neg__(self): return V(*(-x for x in self))
    def __bool__(self): return bool(self.a)
    def __call__(self, i): return self.a[i] * 100
    def __repr__(self): return f"V{tuple(self.a)}"
    def __format__(self, spec): return '<' + ','.join(format(x, spec) for x in self.a) + '>'
v = V(1,2,3)
print(v[1:], v[0], len(v), 2 in v, v + V(1,1,1), sum([V(1,2), V(3,4)]), 3*v, -v, bool(V()), v(2))
v[0] = 9; del v[1]; print(v); v += [7]; print(v, f"{v:>4}", format(v, '05.1f'))
class Ctx:
    def __enter__(self): print('enter'); return self
    def __exit__(self, t, e, tb): print('exit', t.__name__ if t else None); return True
with Ctx() as cc: raise ValueError
print('after')
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): "the x"; return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print('del x')
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def k(cls, a): return cls.__name__, a
p = P(); p.x = 4; print(p.x, P.x.__doc__); del p.x; print(P.s(1), p.s(2), P.k(3), p.k(4))
class MyErr(ValueError):
    def __init__(self, code, msg): super().__init__(msg); self.code = code
try:
    try: raise KeyError('a')
    except KeyError as e: raise MyErr(5, 'bad') from e
except ValueError as e: print(repr(e), e.code, e.args, repr(e.__cause__), repr(e.__context__), isinstance(e, (KeyError, ValueError)))
class L(list):
    def total(self): return sum(self)
l = L([1,2,3]); l.append(4); print(l, l.total(), type(l).__name__, isinstance(l, list))
class Dd(dict):
    def __missing__(self, k): return k * 2
print(Dd(a=1)['zz'], Dd(a=1))
class S(str):
    def shout(self): return self.upper() + '!'
print(S('hi').shout(), S('x') + 'y', repr(S('q')))
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(I(5) + 1, repr(I(5)), I(7) * 2)
def deco(cls): cls.extra = 'added'; return cls
@deco
class E: pass
print(E.extra, E().__class__.__name__, issubclass(E, object), issubclass(bool, (str, int)))
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([k.__name__ for k in W.__mro__], W.mro()[1].__name__)
class GA:
    def __getattribute__(self, n):
        if n == 'magic': return 42
        return object.__getattribute__(self, n)
g = GA(); g.y = 1; print(g.magic, g.y)
class N:
    def __new__(cls, *a):
        print('new', cls.__name__, a); inst = super().__new__(cls); return inst
    def __init__(self, a): print('init', a)
N(1)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
o = object(); 
try: o.x = 1
except AttributeError as e: print(e)
class T2:
    def method(self): return __class__.__name__
    def sup(self): return super(T2, self).__repr__ is not None
print(T2().method(), T2().sup(), T2.method.__qualname__)
print(type('Dyn', (A,), {'y': 2})(5).y, vars(A(3)) if False else A(3).__dict__)
