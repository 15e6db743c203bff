# Conditions on non-bool values.
for v in [[], [0], "", "0", 0, 0.0, None, {}, {0: 0}]:
    print(repr(v), "yes" if v else "no")
