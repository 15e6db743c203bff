# for-loop targets can be tuples, lists, nested or subscripts.
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
d = {}
for d["key"] in ["x", "y"]:
    print(d)
xs = [0, 0]
for xs[0] in range(3):
    pass
print(xs)
for [p, q] in ["ab", "cd"]:
    print(q + p)
