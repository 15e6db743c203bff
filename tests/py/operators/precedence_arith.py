# Arithmetic precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -2 ** 2, (-2) ** 2)
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(-3 * -3, - - 3, +-3, ~5 + 1)
print(1 + 2 << 1, 1 | 2 ^ 3 & 4, 6 & 3 << 1)
