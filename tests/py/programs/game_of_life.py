# Conway's Game of Life on a small torus.
def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for y in range(h):
        row = []
        for x in range(w):
            n = sum(grid[(y + dy) % h][(x + dx) % w] for dy in (-1, 0, 1) for dx in (-1, 0, 1) if dy or dx)
            row.append(1 if n == 3 or (n == 2 and grid[y][x]) else 0)
        new.append(row)
    return new
grid = [[0] * 8 for _ in range(8)]
for x, y in [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)]:
    grid[y][x] = 1
for gen in range(4):
    print("generation", gen)
    for row in grid:
        print("".join("#" if c else "." for c in row))
    grid = step(grid)
print(sum(map(sum, grid)))
