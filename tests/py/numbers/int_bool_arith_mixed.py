print(1 + 2.0, 3 * True, 2 ** 0.5, 10 - False, 7 // 2.0, 7 % 2.0, -7 // 2.0)
print(type(1 + 2.0).__name__, type(2 ** 2).__name__, type(2 ** -2).__name__, type(4 / 2).__name__)
print(1e0 == True, 0.0 == False, 2 ** 62 + 2 ** 62, -(2 ** 63) - 1, (2 ** 63 - 1) * 2)
