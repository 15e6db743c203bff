# Float/int comparisons at precision limits.
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1, 0.1 == 1 / 10)
print(10 ** 16 == 1e16, 10 ** 23 == 1e23, int(1e23))
print(float("nan") < 1, float("nan") > 1, 1 < float("inf"))
