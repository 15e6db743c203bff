# A class-based context manager sees exceptions and can suppress them.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed("a") as m:
    print("inside", m.name)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
try:
    with Managed("c"), Managed("d"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", e)
