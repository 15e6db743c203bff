# Dicts keep insertion order; updating a key keeps its position.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
d["z"] = 10
print(d, list(d))
del d["a"]
d["a"] = 4
print(d)
print({3: "c", 1: "a", 2: "b"})
