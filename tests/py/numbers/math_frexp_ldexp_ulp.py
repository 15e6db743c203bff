import math
print(math.frexp(0.0), math.frexp(-1e-320), math.frexp(1e308), math.ldexp(1, -2000), math.modf(math.inf), math.modf(-0.0))
print(math.ulp(1.0), math.ulp(0.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1), math.ulp(1e300))
try:
    math.ldexp(1, 2000)
except OverflowError as e:
    print('OverflowError', e)
