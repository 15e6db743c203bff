# Equal numbers hash equal across int, float and bool.
print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False), hash(True) == hash(1))
print(hash(5), hash(-1), hash(-2), hash(0), hash(2.0))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print(hash((1, 2)) == hash((1.0, 2.0)))
