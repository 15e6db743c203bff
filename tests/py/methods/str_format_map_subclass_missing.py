# format_map with a user mapping class providing __getitem__ only.
class Env:
    def __init__(self, **vals):
        self.vals = vals

    def __getitem__(self, key):
        if key in self.vals:
            return self.vals[key]
        return key.upper()

print("{user}@{host}:{port}".format_map(Env(user="root", port=22)))
print("{a}-{b!r}-{c:>5}".format_map(Env(a=1, b="x")))
try:
    "{a}".format_map(5)
except TypeError as e:
    print("TypeError:", e)
