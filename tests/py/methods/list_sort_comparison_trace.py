# The order of comparisons in list.sort is visible through a tracing __lt__.
class T:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print(f"{self.v}<{other.v}", end=" ")
        return self.v < other.v

for data in ([2, 1], [1, 2, 3], [3, 2, 1], [4, 1, 3, 2], [5, 1, 4, 2, 3]):
    out = sorted(T(v) for v in data)
    print("->", [t.v for t in out])
out = sorted([T(1), T(3), T(2)], reverse=True)
print("->", [t.v for t in out])
