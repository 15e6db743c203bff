# return from a case body inside a loop.
def f(x):
    for i in range(3):
        match x:
            case [*items] if i in items:
                return f"found {i}"
    return "none found"

print(f([5, 1]))
print(f([5, 6]))
