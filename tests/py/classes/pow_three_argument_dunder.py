# pow(a, b, mod) calls the left operand's __pow__(b, mod); two-argument forms use __pow__/__rpow__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class M:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None):
        return ("pow", self.v, e, m)
    def __rpow__(self, b, m=None):
        return ("rpow", b, self.v, m)
class Plain: pass
t(lambda: pow(M(2), 3))
t(lambda: pow(M(2), 3, 5))
t(lambda: M(2) ** 3)
t(lambda: 2 ** M(3))
t(lambda: pow(2, M(3)))
t(lambda: pow(2, M(3), 5))
t(lambda: pow(Plain(), 2, 3))
t(lambda: pow(2.0, 2, 5))
t(lambda: pow(2, 2, 5.0))
t(lambda: pow(2, -1, 7))
t(lambda: pow(3, 4, 5))
