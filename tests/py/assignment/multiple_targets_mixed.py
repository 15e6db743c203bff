# Mixed chained and unpacking targets.
a, b = c = 1, 2
print(a, b, c)
x = [y, z] = [3, 4]
print(x, y, z)
