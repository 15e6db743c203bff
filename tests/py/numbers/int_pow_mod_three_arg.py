print(pow(3, 200, 1000007), pow(2, 10**20, 97), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(12345678901234567890, 98765, 10**9 + 7))
print(pow(0, 0, 5), pow(5, 0, 1), pow(7, 3, 1))
print(pow(3, -1, 7), pow(2, -1, 101), pow(-4, -2, 13), pow(38, -1, 97))
for args in [(2, -1, 4), (3, 2, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
