# Order-independent aggregates over sets.
s = {10, 20, 30, 20}
print(sum(s), len(s), max(s), min(s), sorted(s, reverse=True))
