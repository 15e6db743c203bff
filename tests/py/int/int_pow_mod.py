# Three-argument pow and big powers.
print(pow(2, 100, 1000), pow(3, 1000, 10 ** 9 + 7), pow(7, 0, 13), pow(5, 3, 1))
print(pow(12345678901234567890, 98765, 10 ** 20 + 39))
print(pow(3, -1, 7), pow(2, -1, 9))
print(pow(-2, 3, 5), pow(2, 3, -5))
