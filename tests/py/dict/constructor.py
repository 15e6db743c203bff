# dict() constructor forms.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True))
print(dict(zip("abc", range(3))), dict([[1, 2], (3, 4)]), dict(((i, i * i) for i in range(3))))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
