# `in` on ranges, including big and float values.
r = range(0, 100, 3)
print(9 in r, 10 in r, 99 in r, 100 in r, -3 in r, 3.0 in r, "3" in r)
big = range(0, 10 ** 18, 7)
print(7 * 10 ** 15 in big, 7 * 10 ** 15 + 1 in big, len(big))
print(r.index(9), r.count(9), r.count(10))
