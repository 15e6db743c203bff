# Integer literal patterns compare with == (so 1.0 and True match 1).
def f(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 42:
            return "answer"
        case _:
            return "other"

for v in [0, 1, 42, 7, 1.0, True, False]:
    print(v, f(v))
