# reverse and copy (shallow).
xs = [1, [2, 3], 4]
ys = xs.copy()
xs.reverse()
print(xs, ys)
ys[1].append(99)
print(xs, ys, xs[1] is ys[1])
zs = list(reversed(ys))
print(zs, ys[::-1] == zs)
