# Calling sequence dunders directly: concat/repeat raise instead of returning NotImplemented.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: [1, 2].__add__([3]))
t(lambda: [1, 2].__add__((3,)))
t(lambda: (1, 2).__add__([3]))
t(lambda: "x".__add__(1))
t(lambda: b"x".__add__(b"y"))
t(lambda: [1, 2].__mul__(2))
t(lambda: [1, 2].__mul__("a"))
t(lambda: "ab".__mul__(1.5))
t(lambda: "ab".__rmul__(2))
t(lambda: (0,).__mul__(True))
t(lambda: [1].__iadd__((2, 3)))
t(lambda: [1].__imul__(3))
t(lambda: [1, 2].__lt__((3,)))
t(lambda: (1).__eq__(1.0))
t(lambda: (1.0).__eq__(1))
