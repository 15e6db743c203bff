# Class patterns over object, type, exceptions, builtin attributes, metaclasses,
# a missing positional attribute, and a list subclass whose __len__ lies.
def t(subject, fn):
    try:
        print(fn(subject))
    except Exception as e:
        print(type(e).__name__, e)
def a(s):
    match s:
        case object(x): return x
def b(s):
    match s:
        case type(t): return t
def c(s):
    match s:
        case ValueError(x): return x
def d(s):
    match s:
        case ValueError(args=a): return a
def e(s):
    match s:
        case int(real=r, imag=i): return (r, i)
def f(s):
    match s:
        case str(upper=u): return u()
def g(s):
    match s:
        case dict(d) if d: return d
        case dict(): return "empty dict"
def h(s):
    match s:
        case bool(): return "bool"
        case int(): return "int"
def i(s):
    match s:
        case float(x) | int(x): return x
t(1, a); t(int, b); t(ValueError(3), c); t(ValueError(3, 4), d); t(5, e); t("ab", f); t({}, g); t({1:2}, g)
t(True, h); t(1, h); t(2.5, i); t(True, i)
class M(type): pass
class W(metaclass=M):
    __match_args__ = ("v",)
    v = 9
def j(s):
    match s:
        case W(v): return v
t(W(), j)
class Slots:
    __match_args__ = ("a", "b")
    def __init__(self): self.a = 1
def k(s):
    match s:
        case Slots(x, y): return (x, y)
        case Slots(x): return ("only", x)
t(Slots(), k)
def l(s):
    match s:
        case [x, y, *rest] if len(rest) > 2: return "long"
        case [*all_]: return all_
t(tuple(range(3)), l); t(list(range(10)), l)
class L(list):
    def __len__(self): return 2
def m(s):
    match s:
        case [a, b]: return (a, b)
        case _: return "nope"
t(L([1, 2, 3]), m)
