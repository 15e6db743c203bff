# dict subclasses: __missing__ for defaults and overridden __setitem__.
class Counter(dict):
    def __missing__(self, key):
        return 0

class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

c = Counter()
for ch in "hello":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c, len(c))
l = Lower()
l["KEY"] = 1
l["Other"] = 2
print(l, isinstance(l, dict), l.get("key"))
