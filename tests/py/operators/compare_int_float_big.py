# Comparisons between huge ints and floats are exact.
big = 2 ** 53 + 1
print(big == float(big), big > float(2 ** 53), float(2 ** 53) == 2 ** 53)
print(10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(2 ** 1000 < float("inf"), -(2 ** 1000) > float("-inf"))
print(0.5 < 1, 1 < 1.0000001, 3 == 3.0000000000000001)
