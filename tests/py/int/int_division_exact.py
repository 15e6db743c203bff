# Big int division is exact, true division rounds correctly.
print(10 ** 40 // 3, 10 ** 40 % 3)
print(10 ** 40 / 10 ** 20, 2 ** 200 / 2 ** 100)
print((10 ** 30 + 1) / 10 ** 30)
print(7 ** 100 // 7 ** 99, 7 ** 100 % 7 ** 99)
print(divmod(-(10 ** 25), 7), divmod(10 ** 25, -7))
