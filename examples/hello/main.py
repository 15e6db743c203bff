# Run by <edge-python entry="./main.py">; print() output appears inside the tag.
def greet(name):
    return f"Hello, {name}!"

print(greet("Edge Python"))
squares = [n * n for n in range(1, 6)]
print("squares:", squares)
print("2 ** 64 =", 2 ** 64)
