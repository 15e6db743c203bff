# Attribute hooks, hashing, exceptions with context, operators with reflection.
class A:
    def __init__(self): object.__setattr__(self, 'log', [])
    def __setattr__(self, k, v):
        self.log.append(k); super().__setattr__(k, v)
    def __delattr__(self, k):
        self.log.append('-' + k); object.__delattr__(self, k)
a = A(); a.x = 1; a.y = 2; del a.x; print(a.log, a.__dict__)
class P:
    @property
    def p(self): raise AttributeError('inner')
    def __getattr__(self, n): return 'fallback ' + n
print(P().p, P().q)
class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): 'one'}; print(d[K(1)], K(1) in d, len({K(1), K(1), K(2)}))
class NoHash:
    def __eq__(self, o): return True
try: {NoHash()}
except TypeError as e: print(e)
print(NoHash.__hash__)
class BadIter:
    def __iter__(self): return 5
try: iter(BadIter())
except TypeError as e: print(e)
class Wrap:
    def __init__(self, x): self.x = x
    def __getattr__(self, n): return getattr(self.x, n)
print(Wrap([3,1,2]).index(1), Wrap('abc').upper())
class CM:
    @classmethod
    def make(cls): return cls()
    def __repr__(self): return type(self).__name__
class CM2(CM): pass
print(CM2.make(), CM.make(), CM2().make())
try:
    raise ValueError('a', 2)
except ValueError as e: print(str(e), repr(e), e.args)
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError()), str(ValueError()), repr(Exception('a','b')))
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('during')
except ValueError as e: print(repr(e.__context__), e.__suppress_context__, e.__cause__)
try:
    try: 1/0
    except ZeroDivisionError: raise ValueError('during') from None
except ValueError as e: print(repr(e.__context__), e.__suppress_context__, e.__cause__)
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a, b); self.a = a
e = MyE(1, 2); print(e, e.a, e.args, repr(e), isinstance(e, Exception))
class T:
    def __dir__(self): return ['b', 'a']
print(isinstance(3, (str, (int, float))), issubclass(bool, int), isinstance(True, int))
class Abstract:
    def area(self): raise NotImplementedError(f"{type(self).__name__} must implement area")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Tri(Abstract): pass
for sh in (Sq(3), Tri()):
    try: print(sh.area())
    except NotImplementedError as e: print('NIE:', e)
class Temp:
    def __init__(self): self._c = 0
    def _get(self): return self._c
    def _set(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    celsius = property(_get, _set, doc="temp")
t = Temp(); t.celsius = 5; print(t.celsius, Temp.celsius.__doc__)
try: t.celsius = -300
except ValueError as e: print(e)
class Cnt:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print(list(Cnt()), [x*2 for x in Cnt()], sum(Cnt()), max(Cnt()), dict.fromkeys(Cnt()))
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __mod__(self, k): return Vec(self.x % k, self.y % k)
    def __pow__(self, k): return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __lshift__(self, o): return 'lshift'
    def __rshift__(self, o): return 'rshift'
    def __rsub__(self, o): return 'rsub'
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(3, 4)
print(v + v, v - v, v * 2, 2 * v, v / 2, v // 2, v % 2, v ** 2, v @ v, v & v, v | v, v ^ v, v << 1, v >> 1, 5 - v, abs(v), v == Vec(3, 4), v != Vec(3, 4))
v2 = v; v2 += Vec(1, 1); print(v2, v, v2 is v)
class Inplace:
    def __init__(self): self.items = []
    def __iadd__(self, o): self.items.append(o); return self
    def __imul__(self, o): self.items *= o; return self
i = Inplace(); j = i; i += 1; i += 2; i *= 2; print(i.items, i is j)
try: Vec(1,2) < Vec(3,4)
except TypeError as e: print(e)
try: v + 1
except AttributeError as e: print(e)
try: 'a' + v
except TypeError as e: print(e)
print(type(v).__name__, v.__class__.__qualname__, Vec.__add__.__name__, Vec.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:30])
print(repr(Vec), str(Vec), Vec.__name__, int.__name__, repr(int))
