print(bool(), bool(0), bool(0.0), bool(-0.0), bool(''), bool(' '), bool([]), bool([0]), bool({}), bool(None))
print(bool(float('nan')), bool(range(0)), bool(range(1)), bool(b''), bool(2**100), bool(frozenset()))
class Z:
    def __len__(self): return 0
class B:
    def __bool__(self): return False
print(bool(Z()), bool(B()), bool(object()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print('TypeError', e)
