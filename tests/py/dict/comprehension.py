# Dict comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
words = ["apple", "bob", "cat", "alpha"]
print({w[0]: len(w) for w in words})
