# Nested sequence patterns, with a star and a guard.
def f(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [[a, *_], *rest] if rest:
            return (a, len(rest))
        case _:
            return None

print(f([[1, 2], [3, 4]]))
print(f([[1, 2, 3], [4]]))
print(f([[5], [6], [7]]))
print(f([[1]]))
