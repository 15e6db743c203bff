# Negative number literal patterns.
def sign(x):
    match x:
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 0:
            return "zero"
        case _:
            return "something else"

for v in [-1, -2.5, 0, -0.0, 3]:
    print(v, sign(v))
