print(int(), int(3.99), int(-3.99), int(True), int('  5 '), int(1e20), int(-0.0))
print(int(2**100 + 0.0) == 2**100, int(1.5e300) % 1000)
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class N:
    def __int__(self): return 11
print(int(I()), int(N()))
for v in [float('inf'), float('nan'), None, [1], '1e3', b'12']:
    try:
        print(int(v))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError', e)
