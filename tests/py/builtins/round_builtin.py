# round on ints and floats with ndigits.
print(round(3.7), round(-3.7), round(4.5), round(5.5), round(0.1 + 0.2, 10))
print(round(12345, -1), round(12355, -1), round(-15, -1), round(25, -1), round(1.23456, 3))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(5, 2))
