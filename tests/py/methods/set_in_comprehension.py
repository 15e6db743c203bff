# Set comprehensions deduplicate, and sets are built from strings and ranges.
words = ["apple", "Apple", "APPLE", "banana", "Banana"]
print(sorted({w.lower() for w in words}))
print(sorted({n % 5 for n in range(100)}), sorted(set("mississippi")))
print(sorted(set(range(10)) - {x for x in range(10) if x % 3}), sorted(frozenset(range(3))))
