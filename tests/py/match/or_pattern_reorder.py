# Alternatives binding the same names in different orders.
def swap(p):
    match p:
        case (a, b, "ab") | (b, a, "ba"):
            return a, b
    return None

print(swap((1, 2, "ab")))
print(swap((1, 2, "ba")))
print(swap((1, 2, "cd")))

def three(p):
    match p:
        case [a, b, c, 1] | [c, a, b, 2] | [b, c, a, 3]:
            return a, b, c
    return None

for t in ([1, 2, 3, 1], [1, 2, 3, 2], [1, 2, 3, 3], [1, 2, 3, 4]):
    print(three(t))
