# Mapping patterns: required keys, extra keys allowed, {} matches any mapping.
def f(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x} {y}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {}:
            return "some other mapping"
        case _:
            return "not a mapping"

print(f({"type": "point", "x": 1, "y": 2}))
print(f({"type": "circle", "r": 5, "color": "red"}))
print(f({"type": "square"}))
print(f({}))
print(f([("type", "point")]))
