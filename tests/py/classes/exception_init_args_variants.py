# How user exception __init__/__new__ signatures shape args, str() and repr().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
t(lambda: repr(E("x", code=3)))
t(lambda: E("x", code=3).code)
t(lambda: ValueError(x=1))
class F(Exception): pass
t(lambda: F(x=1))
class G(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
t(lambda: repr(G(1, k=2)))
t(lambda: E.__init__.__name__)
t(lambda: Exception.__new__(E).args)
e = E("m")
e.args = ("changed", 1)
t(lambda: (str(e), repr(e)))
t(lambda: setattr(e, "args", 5))
t(lambda: e.args)
class H(Exception):
    def __init__(self):
        pass
t(lambda: (H().args, str(H()), repr(H())))
class J(Exception):
    def __init__(self, a, b):
        self.a = a
t(lambda: (J(1, 2).args, repr(J(1, 2))))
class K(KeyError): pass
t(lambda: str(K("k")))
t(lambda: str(K()))
class Z(ZeroDivisionError):
    def __str__(self): return "zz"
try:
    raise Z
except ArithmeticError as ex:
    print("caught", ex, repr(ex))
