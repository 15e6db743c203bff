# Sets of tuples for visited-cell tracking.
visited = set()
x, y = 0, 0
for move in "RRUULDDDLR":
    dx, dy = {"R": (1, 0), "L": (-1, 0), "U": (0, 1), "D": (0, -1)}[move]
    x, y = x + dx, y + dy
    visited.add((x, y))
print(len(visited), sorted(visited), (0, 0) in visited)
