import math
print(math.gamma(5), math.gamma(0.5), math.lgamma(10), math.erf(0), math.erfc(0))
print(round(math.erf(1), 12), round(math.gamma(4.5), 10))
try:
    math.gamma(0)
except ValueError as e:
    print('ValueError', e)
try:
    math.gamma(-2)
except ValueError as e:
    print('ValueError', e)
