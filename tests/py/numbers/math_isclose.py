import math
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0001), math.isclose(1.0, 1.0001, rel_tol=1e-3))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(float('inf'), float('inf')))
print(math.isclose(float('nan'), float('nan')), math.isclose(-float('inf'), float('inf')), math.isclose(5, 5))
try:
    math.isclose(1, 1, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
