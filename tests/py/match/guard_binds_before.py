# Names are bound before the guard runs, and stay bound when it fails.
match (1, 2):
    case (a, b) if a > b:
        print("not this one")
    case _:
        print("fell through, a =", a, "b =", b)
