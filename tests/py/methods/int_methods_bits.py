# int.bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, conjugate.
for n in (0, 1, -1, 255, -256, 2**64, 10**20):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "big"))
print((5).is_integer() if hasattr(5, "is_integer") else "no is_integer", True.bit_length(), (7).__index__())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError:", e)
