# OR patterns whose alternatives bind the same names in different shapes.
def pick(p):
    match p:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case _:
            return "?"

for p in [(3, 0), (0, 4), (1, 2), {"x": 5, "y": 6}, "s"]:
    print(p, pick(p))
