# Conversions between float and int.
print(int(3.99), int(-3.99), int(1e15), int(1.5e20), int(-0.0))
print(float(10 ** 20), float(-(10 ** 20)), float(2 ** 100))
print(float(123456789123456789), 2 ** 63 + 0.0)
print(3 == 3.0, int(2.9999999999999996), int(2.99999999999999999))
