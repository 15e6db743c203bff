# Implicit None, multiple returns and early exits.
def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
def sign(n):
    if n > 0:
        return 1
    if n < 0:
        return -1
    return 0
print(nothing(), bare(), many(), [sign(n) for n in (-4, 0, 9)])
