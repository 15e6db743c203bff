# Bitwise operators on negative numbers behave as infinite two's complement.
print(~0, ~1, ~-1, ~255)
print(-1 & 0xff, -256 & 0xff, -5 & 3, -5 | 3, -5 ^ 3)
print(-8 >> 1, -1 >> 10, -9 >> 2, 5 >> 1, 1 << 70)
print(-1 << 3, -3 << 2, 6 ^ -6, -6 & -3, -6 | -3)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(True & False, True | False, True ^ True, type(True & True).__name__)
