import math
print(math.log(1), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.log(2**1000), math.log2(2**1000), math.log10(10**300), math.log(10**400, 10))
print(math.exp(0), math.exp(1), math.expm1(1e-10), math.log1p(1e-10))
for a in [(0,), (-1,), (10, 1), (10, 0)]:
    try:
        print(math.log(*a))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
