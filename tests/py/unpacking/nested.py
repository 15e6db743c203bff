# Nested unpacking patterns.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, (z, w)) = 1, (2, (3, 4))
print(x, y, z, w)
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
for name, (age, city) in records:
    print(name, age, city)
(p, *q), r = "abc", "d"
print(p, q, r)
