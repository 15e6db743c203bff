# if/elif/else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])
x = 7
if x > 5:
    if x > 6:
        print("nested true")
    else:
        print("nested false")
if not x:
    print("unreachable")
elif x:
    print("elif taken")
