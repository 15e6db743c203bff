# Iterating keys, values and items.
d = {"x": 1, "y": 2, "z": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "=", v)
print(sum(d.values()), max(d), max(d, key=d.get), sorted(d, reverse=True))
