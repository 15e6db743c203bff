# Huge ranges work without materialising.
r = range(-(10 ** 17), 10 ** 17, 3)
print(len(r), r[0], r[-1], r[10 ** 15], 0 in r, 1 in r, 2 ** 70 in r)
print(list(reversed(range(1, 10, 4))), r[::10 ** 16])
