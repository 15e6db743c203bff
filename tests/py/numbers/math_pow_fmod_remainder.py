import math
print(math.pow(2, 0.5), math.pow(1, math.nan), math.pow(0, 0), math.fmod(-5.5, 2), math.remainder(5, 2), math.remainder(-7, 2))
print(math.copysign(1, math.nan), math.fmod(5, math.inf), math.remainder(3, math.inf))
for f in [lambda: math.pow(-2, 0.5), lambda: math.pow(0, -1), lambda: math.pow(10, 400), lambda: math.fmod(5, 0), lambda: math.fmod(math.inf, 1)]:
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
