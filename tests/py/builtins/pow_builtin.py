# pow with two and three arguments.
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 2), pow(0, 0))
print(pow(2, 100, 17), pow(7, 222, 1000), pow(10, 18, 10 ** 9 + 7), pow(-3, 3, 7))
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
