# match inside a recursive generator (yield and yield from in case bodies).
def tokens(items):
    for it in items:
        match it:
            case int(n) if n > 0:
                yield ("pos", n)
            case int(n):
                yield ("nonpos", n)
            case [*inner]:
                yield from tokens(inner)
            case _:
                yield ("other", it)

print(list(tokens([1, -2, [3, [0, "x"]], "y"])))
