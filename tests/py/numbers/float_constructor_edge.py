print(float(), float(3), float('1e5'), float('  -1.5\n'), float('1_000.5'), float('.5'), float('5.'), float(True))
print(float(2**1023), float('1e-400'), float('-0'), float(' +1E+3 '), float('0x10') if False else 'nohex')
for v in ['', 'abc', '1e', '1_', '_1', '1..2', 'infinity2', None, [1], 2**1024]:
    try:
        print(float(v))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 4
print(float(F()), float(Ix()))
