# Tuples as dict keys.
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid[(2, 1)], grid.get((5, 5)), (1, 0) in grid, len(grid))
print(sorted(grid)[:3])
try:
    {([1], 2): 0}
except TypeError as e:
    print("TypeError:", e)
