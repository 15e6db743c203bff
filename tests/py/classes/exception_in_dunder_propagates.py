# Exceptions raised inside dunder methods propagate through the operators that called them.
class Fragile:
    def __eq__(self, other):
        raise RuntimeError("eq failed")

    def __hash__(self):
        return 1

    def __len__(self):
        raise ValueError("len failed")

    def __iter__(self):
        raise KeyError("iter failed")

    def __add__(self, other):
        return 1 / 0

f = Fragile()
for label, action in [("==", lambda: f == 1), ("in list", lambda: 1 in [f]), ("len", lambda: len(f)),
                      ("list", lambda: list(f)), ("+", lambda: f + 1), ("dict", lambda: {f: 1, Fragile(): 2}),
                      ("bool", lambda: bool(f))]:
    try:
        print(label, action())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
