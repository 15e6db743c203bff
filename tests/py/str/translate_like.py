# Character mapping built from loops and dicts (no str.maketrans).
table = {"a": "4", "e": "3", "o": "0"}
s = "leet speak is cool"
print("".join(table.get(c, c) for c in s))
print("".join(c for c in s if c not in "aeiou"))
