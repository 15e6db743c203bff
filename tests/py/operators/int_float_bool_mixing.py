# Mixed int/float/bool arithmetic results and types.
print(1 + 2.0, type(1 + 2.0).__name__)
print(True + 1, True + 1.5, type(True + True).__name__)
print(3 * 1.5, 3 / 1, type(3 / 1).__name__)
print(2 ** 0.5, 4 ** 0.5, 10 ** 2, 10 ** -1)
print(1 == 1.0, True == 1.0, 0 == False, 2 > 1.5, -0.0 == 0)
print(True * "ab", False * [1])
print(7 // 2.0, 7 % 2.5, -7 // 2.0)
print(int(True), float(False), 5 - True)
