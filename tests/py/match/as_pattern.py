# `pattern as name` binds the subject once the inner pattern matches.
def f(x):
    match x:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [int() as a, str() as b] as whole:
            return f"pair {a} {b} {whole}"
        case _:
            return "other"

print(f(2))
print(f([1, "a"]))
print(f([1, 2]))
