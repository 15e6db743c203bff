# Mapping keys may be numbers, negative numbers, None/True, bytes, dotted names.
class K:
    NAME = "name"

def f(m):
    match m:
        case {1: a, -2: b}:
            return ("ints", a, b)
        case {K.NAME: n}:
            return ("dotted", n)
        case {None: v, True: w}:
            return ("singletons", v, w)
        case {b"raw": r}:
            return ("bytes", r)
        case _:
            return "no"

print(f({1: "one", -2: "minus two"}))
print(f({"name": "alice"}))
print(f({None: 0, True: 1}))
print(f({1.0: "float key", -2: "x"}))
print(f({b"raw": 3}))
print(f({"raw": 3}))
