# Membership and iteration.
xs = [1, "two", 3.0, None, [4]]
print(1 in xs, "two" in xs, 3 in xs, None in xs, [4] in xs, 4 in xs)
for i, v in enumerate(xs):
    print(i, repr(v))
