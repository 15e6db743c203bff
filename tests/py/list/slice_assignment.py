# Slice assignment can grow, shrink and replace.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c", "d"]
print(xs)
xs[:2] = []
print(xs)
xs[len(xs):] = [9, 9]
print(xs)
xs[2:2] = ["ins"]
print(xs)
xs[:] = "xyz"
print(xs)
xs[-1:] = range(3)
print(xs)
