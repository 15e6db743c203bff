# Sequence patterns check the length; str is not a sequence here.
def f(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case (x, y, z):
            return f"three: {x} {y} {z}"
        case _:
            return "many or not a sequence"

for s in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4), "ab", 5]:
    print(s, f(s))
