# __new__ builds the object and __init__ configures it; __new__ may return another type.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, x):
        print("init", x)
        self.x = x

t = Tracked(5)
print(t.created, t.x)

class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")

print(NotMine())

class Cached:
    _cache = {}

    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]

print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
