print(round(3.14159, 3), round(3.14159, 0), round(1234.5678, -2), round(-1234.5678, -1), round(1e-20, 25))
print(round(7, 2), round(123456, -3), round(-5, -1), round(10**30 + 5 * 10**10, -11))
print(round(1.5, None), round(2.5, None), round(3.7, -1), round(1e300, -300), round(123.456, -5))
print(type(round(3.7, 0)).__name__, type(round(3, 0)).__name__)
print(round(float('inf'), 2), round(float('nan'), 1))
for v in [float('inf'), float('nan')]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
