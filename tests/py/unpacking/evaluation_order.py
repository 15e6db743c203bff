# The right side is evaluated fully before any target is assigned.
xs = [0, 1, 2]
i = 0
i, xs[i] = 2, "new"
print(i, xs)
a = [1, 2, 3]
a[0], a[1] = a[1], a[0]
print(a)
