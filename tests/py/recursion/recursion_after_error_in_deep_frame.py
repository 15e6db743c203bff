# An exception raised deep in a recursion unwinds every frame.
def descend(n):
    if n == 0:
        raise ValueError("bottom reached")
    return descend(n - 1)
try:
    descend(400)
except ValueError as e:
    print("caught:", e)
print(descend.__name__)
