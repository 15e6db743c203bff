# keys/values/items views reflect later changes.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it)
print(list(k), list(v), list(it), len(k), "a" in k, 2 in v, ("b", 2) in it)
del d["a"]
print(list(k), sorted(v), list(it))
print(k & {"b", "x"} == {"b"}, sorted(k | {"q"}), sorted(k - {"b"}))
