# List comprehensions with conditions and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in "abc" if c != "b"])
print([x if x > 0 else 0 for x in [-2, 3, -1, 4]])
x = "outer"
print([x for x in range(3)], x)
