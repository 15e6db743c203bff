# int(str, base) round trips with bin/oct/hex.
for n in [0, 5, 255, 4096, 123456789]:
    print(n, int(bin(n), 2), int(oct(n), 8), int(hex(n), 16), int(bin(n), 0), int(str(n), 10), int(hex(n)[2:], 16))
print(int("-0x1A", 16), int("  0b_1010 ", 0), int("Z", 36), int("10", 36))
