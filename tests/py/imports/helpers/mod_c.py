# A module inside the helpers package.
def triple(x):
    return 3 * x
WHERE = __name__
