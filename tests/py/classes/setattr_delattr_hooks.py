# __setattr__ and __delattr__ intercept assignment and deletion.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")

f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.x
except AttributeError as e:
    print("AttributeError:", e)

class Tracked:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)

t = Tracked()
t.a = 1
t.a += 1
print(t.a)
del t.a
print(hasattr(t, "a"))
