# Integer literals in every base, with underscores.
print(0, 00, 0_0)
print(42, 1_000_000, 0b1011, 0B1_0_1, 0o777, 0O1_7, 0xff, 0XDEAD_BEEF)
print(0b11111111 == 0o377 == 0xff == 255)
print(0x_1f, 0o_7, 0b_1)
print(123456789_123456789_123456789)
