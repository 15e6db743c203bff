print(pow(2, 3, -5), pow(-2, 3, 5), pow(2**100, -1, 2**61 - 1), pow(3, -5, 1), pow(3, -5, -7))
print(pow(10, 100, 10**9 + 7), pow(-1, 10**20, 3), pow(7, 0, -3), pow(0, 5, 3))
for args in [(6, -1, 4), (0, -1, 7), (2.0, 3, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
