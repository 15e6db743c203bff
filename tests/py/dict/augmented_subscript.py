# Augmented assignment on dict items.
d = {"n": 1, "s": "a", "l": [1]}
d["n"] += 5
d["n"] *= 2
d["s"] += "b"
d["l"] += [2]
print(d)
nested = {"inner": {"count": 0}}
for _ in range(3):
    nested["inner"]["count"] += 1
print(nested)
