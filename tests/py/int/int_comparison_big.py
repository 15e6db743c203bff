# Ordering of big positive and negative ints.
xs = [10 ** 20, -(10 ** 20), 2 ** 64, -(2 ** 64), 0, 1, -1, 2 ** 63, -(2 ** 63)]
print(sorted(xs))
print(sorted(xs, reverse=True)[:3])
print(2 ** 64 == 18446744073709551616, 2 ** 64 - 1 < 2 ** 64)
