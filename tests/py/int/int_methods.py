# Methods on int.
print((255).bit_length(), (0).bit_length(), (-255).bit_length(), (1).bit_length())
print((10).to_bytes(2, "big"), (10).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print((5).conjugate(), (7).numerator, (7).denominator, (12).real, (12).imag)
print((42).bit_count(), (-7).bit_count(), (0).bit_count())
print(int.from_bytes(b"\xff\xff", "big", signed=True), (-1).to_bytes(2, "big", signed=True))
