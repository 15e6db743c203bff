# copy is shallow; reverse is in place; * repeats references.
inner = [0]
xs = [inner, 1, 2]
cp = xs.copy()
cp[0].append(9)
cp[1] = 100
print(xs, cp)
xs.reverse()
print(xs)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
zs = [1, 2]
zs *= 2
print(zs, zs * 0, [] * 5)
