# Iterating over lists of tuples with unpacking.
pairs = [("a", 1), ("b", 2), ("c", 3)]
for name, value in pairs:
    print(name, value)
print([v for _, v in pairs], dict(pairs))
for i, (name, value) in enumerate(pairs, 1):
    print(i, name * value)
