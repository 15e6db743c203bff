# int() from numbers and strings.
print(int(), int(7), int(-7.9), int(7.9), int(True), int("  42  "), int("-0"), int("+5"))
print(int("1_000"), int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("101", 2), int("10", 3))
print(int(1e20), int(-2.5), int(2 ** 70 + 0.0))
print(int("0"), int("00"), int("  -1_0  "))
