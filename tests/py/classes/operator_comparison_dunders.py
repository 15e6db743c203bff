# Rich comparisons with reflection: a < b falls back to b > a.
class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("lt", self.n, o.n if isinstance(o, V) else o)
        if isinstance(o, V):
            return self.n < o.n
        return NotImplemented

    def __eq__(self, o):
        return isinstance(o, V) and self.n == o.n

    def __repr__(self):
        return f"V{self.n}"

print(V(1) < V(2), V(3) > V(2))
print(sorted([V(3), V(1), V(2)]))
print(V(1) == V(1), V(1) != V(1), V(1) == 1, V(1) != 2)
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) < 5
except TypeError as e:
    print("TypeError:", e)
