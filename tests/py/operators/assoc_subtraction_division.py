# Left associativity of binary operators of the same level.
print(100 // 10 // 3, 100 // (10 // 3))
print(2 ** 2 ** 3, 64 % 10 % 3, 8 / 4 / 2)
print(1 - 2 + 3 - 4, 12 >> 1 >> 1)
