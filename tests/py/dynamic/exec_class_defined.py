# A class defined by exec'd code; __module__ comes from the namespace's __name__.
ns = {"__name__": "plugins"}
exec("""
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
""", ns)
P = ns["Point"]
print(P(1, 2))
print(P.__module__)
