# A match statement nested in a case body.
def f(a, b):
    match a:
        case int():
            match b:
                case int():
                    return "both ints"
                case _:
                    return "only a"
        case _:
            return "a not int"

print(f(1, 2), f(1, "x"), f("y", 2))
