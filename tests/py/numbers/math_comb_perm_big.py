import math
print(math.comb(2**70, 2), math.comb(10**20, 10**20 - 2), math.perm(10**20, 2), math.perm(5, None))
print(math.comb(60, 30), math.perm(30, 15), math.factorial(True), sum(math.comb(20, k) for k in range(21)) == 2**20)
for f in [lambda: math.comb(5, 2.0), lambda: math.factorial(3.0), lambda: math.comb(-1, 1), lambda: math.perm(1, -1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
