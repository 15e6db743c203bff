import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]), math.fsum(range(5)))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
print(math.prod([2] * 100) == 2 ** 100)
try:
    math.fsum([float('inf'), float('-inf')])
except ValueError as e:
    print('ValueError', e)
