# Dict order is insertion order; re-setting keeps position; delete+insert moves to the end.
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
d["a"] = 100
print(list(d), list(d.values()))
del d["b"]
d["b"] = 5
print(list(d.items()))
print(list(reversed(d)), list(reversed(d.values())), next(iter(d)), next(reversed(d.items())))
