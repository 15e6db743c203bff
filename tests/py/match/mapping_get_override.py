# Mapping patterns look keys up through the subject's `get` (with a default), so a
# dict subclass overriding `get` sees every key, while __missing__ is never used.
class Logged(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

class Defaulting(dict):
    def get(self, key, default=None):
        return super().get(key, "fallback")

match Logged(a=1, b=2):
    case {"a": 1, "c": _}:
        print("no")
    case {"a": a, "b": b}:
        print("matched", a, b)

match Defaulting(a=1, b=2):
    case {"a": 1, "zzz": z}:
        print("the overridden get supplied", z)
