# __len__, __getitem__, __setitem__, __delitem__, __contains__ and __bool__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

g = Grid(3, 2)
g[0, 1] = "#"
g[2, 0] = "@"
print(len(g), g[0, 1], g[1, 1], (2, 0) in g, (1, 1) in g, bool(g))
del g[0, 1]
del g[2, 0]
print(len(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 0]
except KeyError as e:
    print("KeyError:", e)
