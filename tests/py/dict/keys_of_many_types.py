# Keys of different hashable types coexist; equal numbers collide.
d = {1: "int", "1": "str", (1,): "tuple", None: "none", 2.5: "float", b"1": "bytes", frozenset([1]): "fs"}
print(len(d), d[1], d["1"], d[(1,)], d[None], d[2.5], d[b"1"], d[frozenset({1})])
d[1.0] = "float-one"
d[True] = "bool-one"
print(d[1], len(d))
try:
    d[[1]] = 0
except TypeError as e:
    print("TypeError:", e)
