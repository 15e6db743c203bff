match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": a, "b": b}:
        pass
    case {"a": 1, **rest}:
        pass
    case {**rest}:
        pass
    case {a.b: c}:
        pass
    case {1: x, -2: y, None: z}:
        pass
    case {"k": [a, b], "m": {"n": c}}:
        pass
