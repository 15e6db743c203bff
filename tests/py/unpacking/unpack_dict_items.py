# Unpacking dict items and keys.
d = {"a": 1, "b": 2}
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
x, y = d
print(x, y)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
