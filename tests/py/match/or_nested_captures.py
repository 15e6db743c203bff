# OR patterns nested inside sequences and mappings, with captures on both sides.
def f(x):
    match x:
        case [1, (a, 2) | (2, a), b]:
            return ("A", a, b)
        case [c, {"k": (d, 1) | (1, d)}, *e] if e:
            return ("B", c, d, e)
        case [c, {"k": (d, 1) | (1, d)}, *e]:
            return ("C", c, d, e)
        case (1 | 2 as g) | (3 as g):
            return ("D", g)
        case [[[h]]] | [[h]] | [h, _, _, _]:
            return ("E", h)
    return None

for x in [[1, (5, 2), 9], [1, (2, 6), 9], [0, {"k": (7, 1)}, 3], [0, {"k": (1, 8)}], 2, 3,
          [[[4]]], [[5]], [6, 0, 0, 0], 7]:
    print(x, f(x))
