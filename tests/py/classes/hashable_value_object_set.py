# Value objects with __eq__/__hash__ deduplicate in sets and dicts.
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    def __eq__(self, o):
        return isinstance(o, Color) and self.rgb == o.rgb

    def __hash__(self):
        return hash(self.rgb)

    def __repr__(self):
        return "Color%r" % (self.rgb,)

palette = [Color(255, 0, 0), Color(0, 255, 0), Color(255, 0, 0)]
uniq = []
seen = set()
for c in palette:
    if c not in seen:
        seen.add(c)
        uniq.append(c)
print(uniq, len(seen), palette.count(Color(255, 0, 0)), palette.index(Color(0, 255, 0)))
counts = {}
for c in palette:
    counts[c] = counts.get(c, 0) + 1
print(list(counts.values()))
