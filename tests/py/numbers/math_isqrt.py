import math
for v in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**20 - 1, 2**127, 3**100]:
    r = math.isqrt(v)
    print(v if v < 10**6 else len(str(v)), r, r * r <= v < (r + 1) * (r + 1))
for v in [-1, 2.0]:
    try:
        math.isqrt(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
