# Captured names are locals, visible to closures.
def outer(v):
    match v:
        case [x, y]:
            pass
        case _:
            x = y = None
    def inner():
        return x, y
    return inner()

print(outer([1, 2]))
print(outer(5))
