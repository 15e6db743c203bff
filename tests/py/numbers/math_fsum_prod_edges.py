import math
print(math.fsum([0.1, 0.2, 0.3]), math.fsum([math.inf, 1]), math.fsum([math.nan, 1]), math.fsum([2**1000]), math.fsum([1, 2**53, -2**53]))
print(math.prod([], start='s'), math.prod(range(1, 5), start=0.5), math.prod([2, 3], start=2**70))
for f in [lambda: math.fsum([1e308, 1e308]), lambda: math.fsum(['a']), lambda: math.prod(['a', 2]), lambda: math.prod([2, 'a'])]:
    try:
        print(f())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
