# Unpacking lists into names.
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [10, 20, 30]
print(first, rest)
*init, last = [1]
print(init, last)
[x, y], z = [[1, 2], 3]
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError:", e)
