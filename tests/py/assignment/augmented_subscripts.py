# Augmented assignment evaluates the target's container and index once.
calls = []
def key(k):
    calls.append(k)
    return k
d = {"x": 1}
d[key("x")] += 10
print(d, calls)
xs = [1, 2, 3]
xs[key(1)] *= 5
xs[-1] -= 1
print(xs, calls)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
