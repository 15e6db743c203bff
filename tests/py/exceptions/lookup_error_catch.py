# except LookupError catches both KeyError and IndexError.
data = {"xs": [1, 2, 3]}
for path in [("xs", 1), ("xs", 10), ("ys", 0)]:
    try:
        print(data[path[0]][path[1]])
    except LookupError as e:
        print("missing", type(e).__name__, e)
