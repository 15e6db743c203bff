# True division always produces a float.
print(1 / 2, 4 / 2, -7 / 2, 7 / -2, 0 / 5, 10 / 3)
print(1 / 3, 2 / 3, 1e300 / 1e-10 if False else 1e10 / 3)
print(type(6 / 3).__name__, 6 / 3 == 2)
print(2 ** 100 / 2 ** 99, (10 ** 20) / 10)
print(True / 2, 3 / True)
