# `*_` skips any number of items without capturing them.
def ends(s):
    match s:
        case [first, *_, last]:
            return first, last
        case [only]:
            return only,
        case [*_]:
            return "empty"

print(ends([1, 2, 3, 4]))
print(ends((1, 2)))
print(ends([9]))
print(ends([]))
print(ends(range(10)))

match [1, 2, 3]:
    case [*_, 2, 3]:
        print("ends with 2, 3")
match [1]:
    case [_, _, *_]:
        print("no")
    case [*_]:
        print("any sequence")
