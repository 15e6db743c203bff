# A dataclass-like decorator over __annotations__, numeric dunders, metaclasses, MRO errors.
def dataclass(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kw):
        for name, val in zip(fields, args): setattr(self, name, val)
        for name in fields[len(args):]:
            setattr(self, name, kw.pop(name) if name in kw else defaults[name])
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__; cls.__repr__ = __repr__; cls.__eq__ = __eq__
    return cls
@dataclass
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point(1, 2), Point(3), Point(1, 2) == Point(1, 2), Point.__annotations__)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v + 0.5
    def __round__(self, n=None): return f"round{n}"
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
print([10,20,30][Num(1)], hex(Num(255)), int(Num(4)), float(Num(4)), round(Num(1)), round(Num(1), 2), abs(Num(1)), ~Num(1), +Num(1), range(Num(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1,2])))
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print('gt called'); return self.v > o.v
print(Cmp(1) < Cmp(2))
class Base:
    def __eq__(self, o): print('Base.eq'); return NotImplemented
class Sub(Base):
    def __eq__(self, o): print('Sub.eq'); return NotImplemented
print(Base() == Sub())
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a): print('Meta call'); return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, a): self.a = a
w = WithMeta(3); print(w.a, WithMeta.tag, type(WithMeta).__name__)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
class Acc:
    def __init__(self): self.balance = 0
    def deposit(self, amt):
        if amt <= 0: raise ValueError("amount must be positive")
        self.balance += amt; return self
class Savings(Acc):
    rate = 0.02
    def deposit(self, amt):
        super().deposit(amt); self.balance += amt * self.rate; return self
s = Savings().deposit(100).deposit(50); print(s.balance, Savings.__mro__[1].__name__, Savings.__base__.__name__, Savings.__bases__)
try: Savings().deposit(-1)
except ValueError as e: print(type(e).__name__, e)
class Str:
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
print(Str(), [Str()], f"{Str()} {Str()!r}", str(Str()), '%s %r' % (Str(), Str()))
print(getattr(Str, '__str__').__qualname__, Str.__dict__['__str__'].__name__, callable(Str), callable(Str()))
class E(Exception): pass
class E2(E):
    def __str__(self): return 'custom'
try: raise E2('a', 'b')
except E as e: print(repr(e), str(e), e.args)
print(issubclass(E2, Exception), E2.__mro__)
class Slotted:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(Slotted().a)
class Counter:
    count = 0
    def __init__(self): Counter.count += 1; self.id = Counter.count
[Counter() for _ in range(3)]; print(Counter.count)
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
print(list(Node(1, Node(2, Node(3)))), sum(Node(5, Node(6))))
print(Node.__init__.__defaults__, Node.__name__, Node(1).__class__ is Node, type(Node(1)) == Node)
class Prop:
    @property
    def ro(self): return 1
try: Prop().ro = 2
except AttributeError as e: print(e)
class A: 
    def f(self): return 'A'
class B(A):
    def f(self): return 'B' + super().f()
class C(A):
    def f(self): return 'C' + super().f()
class D(B, C):
    def f(self): return 'D' + super().f()
print(D().f(), super(B, D()).f())
try:
    class X(A, B): pass
except TypeError as e: print(e)
print(object.__repr__(Prop()).startswith('<__main__.Prop object at 0x'))
