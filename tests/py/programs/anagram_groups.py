# Grouping anagrams with sorted-letter keys.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "inlets", "god"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key, members in groups.items():
    print(key, members)
print(sorted((sorted(g) for g in groups.values() if len(g) > 1), key=len, reverse=True))
