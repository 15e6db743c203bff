# sorted with a key function that ties keeps input order.
records = ["b2", "a2", "c1", "a1", "b1"]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[0]))
print(sorted(records, key=lambda r: (r[1], r[0])), sorted(records, key=lambda r: r[1], reverse=True))
