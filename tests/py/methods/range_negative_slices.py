# Slicing ranges with negative steps and out-of-range bounds.
r = range(10)
for sl in [slice(None, None, -1), slice(-1, -11, -1), slice(8, 2, -2), slice(-3, None), slice(None, -3, 3), slice(20, -20, -7)]:
    sub = r[sl]
    print(sl.start, sl.stop, sl.step, sub, list(sub) == list(r)[sl])
r2 = range(5, -5, -3)
print(r2[::-1], list(r2[::-1]), r2[1:], r2[-1], r2.index(-1))
