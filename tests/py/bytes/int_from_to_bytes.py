# Converting between ints and bytes.
n = 0x0102030405
b = n.to_bytes(5, "big")
print(b, list(b), int.from_bytes(b, "big") == n, int.from_bytes(b, "little"))
print((2 ** 64 - 1).to_bytes(8, "little"), int.from_bytes(b"\x00" * 3, "big"))
