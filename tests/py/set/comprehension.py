# Set comprehensions over small ints.
print({x % 5 for x in range(20)})
print({x for x in range(8) if x % 2})
print(len({(x, y) for x in range(3) for y in range(3)}))
