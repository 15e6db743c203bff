# sorted returns a new list from any iterable.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len, reverse=True))
xs = [5, 4]
ys = sorted(xs)
print(xs, ys)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
