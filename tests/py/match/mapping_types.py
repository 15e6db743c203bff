# Only dicts (and subclasses) match mapping patterns.
class M(dict):
    pass

for m in [{"k": 1}, M(k=2), [("k", 3)], "k", {"k"}]:
    match m:
        case {"k": v}:
            print(type(m).__name__, "mapping with k =", v)
        case _:
            print(type(m).__name__, "not matched")
