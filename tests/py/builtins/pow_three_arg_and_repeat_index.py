# Three-argument pow dispatch and sequence repetition by __index__ objects.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b, m=None): return ('rpow', b, m)
t(lambda: pow(P(), 2, 3))
t(lambda: pow(2, P(), 3))
t(lambda: pow(2, 3, P()))
t(lambda: pow(P(), 2))
t(lambda: pow(2, P()))
t(lambda: pow(2, 3, 'x'))
t(lambda: pow('a', 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(2, 3, 5.0))
t(lambda: pow(2.0, 3, None))
class Ix:
    def __index__(self): return 3
t(lambda: [1, 2] * Ix())
t(lambda: Ix() * (1,))
t(lambda: 'ab' * Ix())
t(lambda: Ix() * b'x')
t(lambda: bytearray(b'x') * Ix())
x = [0]
x *= Ix()
print(x)
class MulIx:
    def __index__(self): return 2
    def __rmul__(self, o): return 'rmul wins'
t(lambda: [1] * MulIx())
t(lambda: 'a' * MulIx())
t(lambda: [1] * 2.0)
t(lambda: 'a' * 'b')
