# Unpacking inside list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, 0), {*a, *b}, [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1, "z": 0})
print(*a, *b, sep="-")
