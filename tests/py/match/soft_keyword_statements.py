# Lines starting with `match` that are calls or subscripts, and match statements on unusual subjects.
def match(x):
    return x

print(match(5))
match = [1, 2]
print(match[0])
match -1:
    case -1:
        print("match -1 is a statement")
match (3):
    case 3:
        print("parenthesized subject")
match [x for x in range(2)]:
    case [0, 1]:
        print("comprehension subject")
match *[1], 2:
    case [1, 2]:
        print("starred subject")
