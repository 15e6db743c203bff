# Built-in types take one positional sub-pattern matched against the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {b!r}"
        case list(l) | tuple(l):
            return f"sequence of {len(l)}"
        case dict(d):
            return f"dict of {len(d)}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"

for v in [True, 3, 2.5, "hi", b"x", bytearray(b"yz"), [1], (1, 2), {"a": 1}, {1}, frozenset(), None]:
    print(kind(v))
