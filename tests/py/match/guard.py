# Guards choose between cases with the same pattern.
def f(p):
    match p:
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x > y:
            return f"below {x} {y}"
        case (x, y):
            return f"above {x} {y}"

for p in [(1, 1), (3, 1), (1, 3)]:
    print(f(p))
