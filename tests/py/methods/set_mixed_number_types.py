# Sets treat 1, 1.0 and True as the same element; the first one stays.
s = {1, 1.0, True}
print(s, len(s))
t = {True, 1.0, 1}
print(t)
u = {0, False, 0.0, -0.0}
print(u)
print({1, 2} & {1.0, 2.0}, {1.0, 2.0} & {1, 2}, {1.5} | {3})
print(1.0 in {1}, True in {1}, 2 in {2.0})
