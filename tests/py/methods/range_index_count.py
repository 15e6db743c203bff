# range.index and range.count are O(1) and use equality.
r = range(0, 100, 7)
print(r.index(49), r.count(49), r.count(50), r.count(7.0), r.index(True) if 1 in r else "no")
print(range(10, 0, -2).index(4), range(5).count(True), range(5).count("a"))
for v in (50, "x", 7.5, 105):
    try:
        r.index(v)
    except ValueError as e:
        print("ValueError:", e)
