# repr of dicts with many value kinds and self-reference.
d = {"s": "str", "n": 1, "f": 1.5, "l": [1, 2], "t": (3,), "d": {"in": None}, "b": True}
print(d)
d["self"] = d
print(d)
print(repr({}), str({1: {}}))
