# Which operations on subclasses of built-in types keep the subclass and which return the base type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
t(lambda: (d["zz"], d.get("zz"), "zz" in d, d.setdefault("q", 5), d))
t(lambda: type(D.fromkeys("ab")).__name__)
t(lambda: type(d.copy()).__name__)
t(lambda: type(d | {"x": 1}).__name__)
t(lambda: type({"x": 1} | d).__name__)
d2 = D(a=1)
d2 |= {"b": 2}
t(lambda: (type(d2).__name__, d2))
t(lambda: repr(D()))
class L(list):
    pass
t(lambda: type(L([1]) + [2]).__name__)
t(lambda: type(L([1]) * 2).__name__)
t(lambda: type(L([1]).copy()).__name__)
t(lambda: type(L([1])[:]).__name__)
l = L([1])
l += [2]
t(lambda: (type(l).__name__, l))
class S(str):
    pass
t(lambda: type(S("a") + "b").__name__)
t(lambda: type(S("a").upper()).__name__)
t(lambda: type(S("ab")[0]).__name__)
t(lambda: type(str(S("a"))).__name__)
class T(tuple): pass
t(lambda: type(T((1,)) + (2,)).__name__)
t(lambda: type(T((1, 2))[:1]).__name__)
class I(int): pass
t(lambda: type(I(3) + 1).__name__)
t(lambda: type(-I(3)).__name__)
t(lambda: type(abs(I(-3))).__name__)
t(lambda: type(int(I(3))).__name__)
t(lambda: repr(I(3)))
class B(bytes): pass
t(lambda: type(B(b"a") + b"b").__name__)
t(lambda: repr(B(b"a")))
class BA(bytearray): pass
t(lambda: repr(BA(b"a")))
t(lambda: type(BA(b"a").copy()).__name__)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
t(lambda: Logged.fromkeys("xy", 0))
