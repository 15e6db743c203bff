import math
print(math.log(10**1000), math.log(2**3000, 2), math.log10(10**500), math.log2(2**2000 + 1), math.log(8, 0.5))
print(math.log(10**400, 10**200), math.isfinite(10**400) if False else 'n/a', math.sqrt(10**300))
for f in [lambda: math.log(-10**400), lambda: math.log(0.0), lambda: math.log(1, 1), lambda: math.log2(0), lambda: math.log1p(-1), lambda: math.log('x')]:
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
