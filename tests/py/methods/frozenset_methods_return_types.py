# frozenset methods return frozensets; set methods with frozenset args return sets.
f = frozenset([1, 2, 3])
s = {3, 4}
for r in (f.union(s), f.intersection(s), f.difference(s), f.symmetric_difference(s), s.union(f), s.intersection(f), f.copy()):
    print(type(r).__name__, sorted(r))
print(f.issuperset({1}), f.issubset(range(10)), f.isdisjoint(s), len(f), 2 in f)
