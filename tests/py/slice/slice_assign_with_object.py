# Using slice objects for assignment and deletion.
xs = list(range(8))
s = slice(0, 8, 3)
xs[s] = ["x", "y", "z"]
print(xs)
del xs[slice(1, 3)]
print(xs)
