# print uses str() for every argument.
print(1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, b"1", range(1), frozenset({1}), -0.0, 10 ** 20)
