import math
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 10), math.comb(5, 7), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
for a in [(-1, 2), (3, -1), (2.0, 1)]:
    try:
        print(math.comb(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.perm(-2, 1)
except ValueError as e:
    print('ValueError', e)
