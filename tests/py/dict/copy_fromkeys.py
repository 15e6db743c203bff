# copy is shallow; fromkeys shares the value.
d = {"a": [1]}
c = d.copy()
c["b"] = 2
c["a"].append(2)
print(d, c)
f = dict.fromkeys(["x", "y"], [])
f["x"].append(1)
print(f, dict.fromkeys("ab"), dict.fromkeys(range(3), 0))
