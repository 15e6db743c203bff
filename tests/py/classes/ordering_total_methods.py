# Implementing all six comparisons by hand to sort and compare versions.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __repr__(self):
        return ".".join(map(str, self.parts))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __gt__(self, o):
        return self.parts > o.parts

    def __ge__(self, o):
        return self.parts >= o.parts

    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("2") >= Version("1.99"))
