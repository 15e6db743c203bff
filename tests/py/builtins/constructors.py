# Type constructors with and without arguments.
print(int(), float(), str(), bool(), list(), dict(), tuple(), set(), frozenset(), bytes())
print(int("42"), int(" -7 "), int("1010", 2), int("ff", 16), int("z", 36), int("0o17", 8), int("0b11", 0), int(3.9))
print(float("1.5"), float("-1e3"), float(4), str(4.0), str([1]), bool(0), bool("0"), bool([]), bool([0]))
print(list("ab"), dict(a=1), tuple([1, 2]), set([1, 1, 2]), list(range(3)), tuple({"k": 0}))
