# Class patterns nested inside sequence patterns and vice versa.
class Node:
    __match_args__ = ("value", "children")
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

def describe(n):
    match n:
        case Node(v, []):
            return f"leaf {v}"
        case Node(v, [Node(c)]):
            return f"{v} with only child {c}"
        case Node(v, [Node(first), *others]):
            return f"{v} with {1 + len(others)} children, first {first}"

print(describe(Node(1)))
print(describe(Node(2, [Node(3)])))
print(describe(Node(4, [Node(5), Node(6), Node(7)])))
