# Tuple and list targets accept any iterable of the right length.
a, b = 1, 2
(c, d) = "xy"
[e, f] = (3, 4)
g, = [5]
[h] = "z"
print(a, b, c, d, e, f, g, h)
k, v = {"key": 1}.popitem()
print(k, v)
x, y, z = range(3)
print(x, y, z)
