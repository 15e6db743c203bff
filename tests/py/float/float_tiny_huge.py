# Extremes of the double range.
print(1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 4.9e-324)
print(1.7976931348623157e308 * 2, 5e-324 / 2, -5e-324)
print(1e308 * 1.5, 2 ** 1023 * 1.0)
try:
    print(2.0 ** 2000)
except OverflowError:
    print("OverflowError from float power")
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
