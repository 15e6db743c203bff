# Aggregates over lists.
xs = [4, -2, 7, 0, 7]
print(min(xs), max(xs), sum(xs), len(xs), sorted(xs), xs.index(max(xs)))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]))
