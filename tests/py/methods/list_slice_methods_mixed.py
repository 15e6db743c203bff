# Slices of lists are copies; methods on the copy leave the original alone.
xs = [5, 3, 8, 1]
ys = xs[:]
ys.sort()
zs = xs[::-1]
zs.append(0)
print(xs, ys, zs, xs[1:3].index(8), xs[::2].count(5))
xs[1:3] = sorted(xs[1:3], reverse=True)
print(xs)
del xs[::2]
print(xs)
