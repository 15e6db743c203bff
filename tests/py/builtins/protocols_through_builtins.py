# isinstance hooks, __hash__/__len__/__bool__/__index__ protocols through the builtins, and builtin function reprs.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class M(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Any(metaclass=M): pass
t(lambda: isinstance(42, Any))
t(lambda: isinstance(41, Any))
t(lambda: issubclass(int, Any))
t(lambda: issubclass(str, Any))
t(lambda: isinstance(42, (str, Any)))
class H:
    def __hash__(self): return 2**100
t(lambda: hash(H()))
class H2:
    def __hash__(self): return -1
t(lambda: hash(H2()))
class H3:
    def __hash__(self): return 'x'
t(lambda: hash(H3()))
class H4:
    def __hash__(self): return True
t(lambda: hash(H4()))
class Eq:
    def __eq__(self, o): return True
t(lambda: hash(Eq()))
class L:
    def __len__(self): return 2**70
class L2:
    def __len__(self): return 'x'
t(lambda: len(L2()))
class L3:
    def __len__(self): return True
t(lambda: len(L3()))
class I:
    def __index__(self): return 'x'
t(lambda: hex(I()))
t(lambda: [1, 2][I()])
class B:
    def __bool__(self): raise ValueError('nope')
t(lambda: any([B()]))
t(lambda: not B())
class CallMe:
    def __call__(self, *a, **k): return (a, k)
t(lambda: CallMe()(1, x=2))
t(lambda: callable(CallMe))
t(lambda: callable(type))
t(lambda: callable(CallMe().__call__))
class Gattr:
    def __getattr__(self, n): return n * 2
t(lambda: getattr(Gattr(), 'ab'))
t(lambda: getattr(Gattr(), 'ab', 'd'))
t(lambda: hasattr(Gattr(), 'zz'))
class Gerr:
    def __getattr__(self, n): raise KeyError(n)
t(lambda: hasattr(Gerr(), 'zz'))
t(lambda: getattr(Gerr(), 'zz', 'd'))
class Abs:
    def __abs__(self): return -1
t(lambda: abs(Abs()))
class Neg:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
t(lambda: (-Neg(), +Neg(), ~Neg()))
class Rnd:
    def __round__(self): return 'r0'
t(lambda: round(Rnd()))
t(lambda: round(Rnd(), 2))
class It:
    def __iter__(self): return iter([3, 1, 2])
t(lambda: sorted(It()))
t(lambda: max(It()))
t(lambda: sum(It()))
t(lambda: list(reversed(It())))
t(lambda: dict.fromkeys(It()))
t(lambda: set(It()) == {1, 2, 3})
class BadIt:
    def __iter__(self): return 5
t(lambda: list(BadIt()))
t(lambda: iter(BadIt()))
class Rev:
    def __reversed__(self): return iter('cba')
t(lambda: list(reversed(Rev())))
class Cont:
    def __contains__(self, x): return x > 5
t(lambda: (6 in Cont(), 1 in Cont(), 6 not in Cont()))
t(lambda: type(Cont()).__name__)
t(lambda: type(Cont).__name__)
t(lambda: Cont.__qualname__)
t(lambda: Cont.__module__)
t(lambda: repr(Cont)[:20])
t(lambda: str(type(5)))
t(lambda: type(None)())
t(lambda: type(...)())
t(lambda: type(NotImplemented)())
t(lambda: int.__name__ + int.__qualname__)
t(lambda: len.__qualname__)
t(lambda: [].append.__name__)
t(lambda: [].append.__qualname__)
t(lambda: repr([].append)[:30])
t(lambda: repr(int.bit_length))
t(lambda: repr(str.upper))
t(lambda: repr(dict.fromkeys)[:35])
t(lambda: repr(len))
t(lambda: repr(print))
t(lambda: type(len))
t(lambda: type([].append))
t(lambda: type(int.bit_length))
t(lambda: id(len) == id(len))
