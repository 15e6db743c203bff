# Shortest path through a grid maze with breadth-first search.
MAZE = [
    "S.#.......",
    ".##.####.#",
    "....#....#",
    "#.#.#.##.#",
    "..#...#..E",
]
def find(ch):
    for y, row in enumerate(MAZE):
        x = row.find(ch)
        if x >= 0:
            return (x, y)
start, end = find("S"), find("E")
prev = {start: None}
frontier = [start]
while frontier:
    nxt = []
    for x, y in frontier:
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nx, ny = x + dx, y + dy
            if 0 <= ny < len(MAZE) and 0 <= nx < len(MAZE[0]) and MAZE[ny][nx] != "#" and (nx, ny) not in prev:
                prev[(nx, ny)] = (x, y)
                nxt.append((nx, ny))
    frontier = nxt
path = []
node = end
while node:
    path.append(node)
    node = prev[node]
path.reverse()
print("steps:", len(path) - 1)
grid = [list(r) for r in MAZE]
for x, y in path[1:-1]:
    grid[y][x] = "*"
for r in grid:
    print("".join(r))
