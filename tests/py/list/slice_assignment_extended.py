# Extended slice assignment needs matching lengths.
xs = list(range(10))
xs[::2] = ["e"] * 5
print(xs)
xs[::-3] = [1, 2, 3, 4]
print(xs)
try:
    xs[::2] = [0, 0]
except ValueError as e:
    print("ValueError:", e)
del xs[::2]
print(xs)
