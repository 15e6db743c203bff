# OR patterns of literals.
def classify(n):
    match n:
        case 1 | 3 | 5 | 7 | 9:
            return "odd digit"
        case 0 | 2 | 4 | 6 | 8:
            return "even digit"
        case _:
            return "not a digit"

print([classify(i) for i in range(12)])
