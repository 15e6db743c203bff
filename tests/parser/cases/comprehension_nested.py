a = [[y for y in x] for x in z]
b = [x for x in [y for y in z]]
c = {k: [v for v in vs] for k, vs in d}
d = [x for x in (y for y in z)]
