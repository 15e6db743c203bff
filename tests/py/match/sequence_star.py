# A starred capture always gets a list, possibly empty.
def f(s):
    match s:
        case [first, *rest]:
            return first, rest
        case []:
            return "empty"

print(f([1, 2, 3]))
print(f((4,)))
print(f(()))

match [1, 2, 3, 4, 5]:
    case [a, *mid, b]:
        print(a, mid, b)
match (1, 2):
    case (*init, last):
        print(init, last)
match [1, 2]:
    case [a, b, *rest]:
        print(a, b, rest, type(rest).__name__)
