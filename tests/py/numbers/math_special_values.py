import math
print(math.gamma(171.5) if False else 'skip', math.gamma(1e-300), math.lgamma(-1.5), math.erfc(30), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0))
print(math.hypot(), math.hypot(-3), math.hypot(math.inf, math.nan), math.dist((1, 2, 3), (4, 6, 3)), math.isclose(1e-300, 0))
for f in [lambda: math.cos(math.inf), lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.sinh(1000), lambda: math.lgamma(0), lambda: math.gamma(171.5), lambda: math.dist((1,), (1, 2))]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
