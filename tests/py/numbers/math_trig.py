import math
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.asin(1), math.acos(1), math.atan(math.inf))
print(math.sinh(0), math.cosh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0))
try:
    math.asin(2)
except ValueError as e:
    print('ValueError', e)
