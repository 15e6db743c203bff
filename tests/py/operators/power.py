# Exponentiation including negative and fractional exponents.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, type(2 ** -1).__name__)
print(2.0 ** 3, 2 ** 3.0, 9 ** 0.5, 8 ** (1 / 3))
print(-2 ** 2, (-8) ** 2, 1 ** 1000, (-1) ** 1001)
print(pow(2, 10), pow(2, -1), pow(2.0, 2))
print(2 ** 64, 3 ** 40)
x = 3
x **= 3
print(x)
