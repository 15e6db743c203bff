# Nested lists and aliasing.
grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][2] = 5
print(bad)
m = [[1, 2], [3, 4]]
print(m[1][0], len(m), len(m[0]), [row[1] for row in m], [[r[i] for r in m] for i in range(2)])
