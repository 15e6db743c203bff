# Converting between container types.
d = {"b": 2, "a": 1}
print(list(d), list(d.items()), tuple(d.values()), dict(d.items()), sorted(set(d.values())))
print(list((1, 2)), tuple([1, 2]), list({3: 0}), dict([("k", "v")]), frozenset([1, 1]))
