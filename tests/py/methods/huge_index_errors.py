# Indices and counts beyond 64 bits: IndexError for subscripts, OverflowError for sizes.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [1][10**20])
t(lambda: "ab"[10**20])
t(lambda: (1,)[-10**20])
t(lambda: b"a"[10**20])
t(lambda: [1, 2][10**20:])
t(lambda: "abc"[-10**20:10**20])
t(lambda: [1] * 10**20)
t(lambda: "a" * 10**20)
t(lambda: [1].pop(10**20))
t(lambda: [1].insert(10**20, 5))
t(lambda: "abc".find("a", 10**20))
t(lambda: "a".center(10**20))
t(lambda: bytearray(10**20))
t(lambda: bytes(10**20))
t(lambda: (1,) * 10**20)
t(lambda: b"a" * 10**20)
t(lambda: bytearray(b"a") * 10**20)
t(lambda: [1, 2][-10**20])
class Big:
    def __index__(self): return 2**80
t(lambda: [1][Big()])
t(lambda: "x" * Big())
