import math
for v in [1.5, -1.5, 2.0, -0.5, 1e20, -1e-300, 7, 2**70]:
    r = (math.floor(v), math.ceil(v), math.trunc(v))
    print(v, r, [type(x).__name__ for x in r])
for v in [float('inf'), float('nan')]:
    try:
        math.floor(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class C:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
print(math.floor(C()), math.ceil(C()))
