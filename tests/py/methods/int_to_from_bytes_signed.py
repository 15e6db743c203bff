# int.to_bytes/from_bytes with signed values and default arguments.
for n in (0, 127, 128, -128, -129, 255, -1, 65535):
    try:
        b = n.to_bytes(2, "big", signed=True)
        print(n, b, int.from_bytes(b, "big", signed=True), int.from_bytes(b, "little"))
    except OverflowError as e:
        print(n, "OverflowError:", e)
print((1).to_bytes(), (255).to_bytes(1, byteorder="little"), int.from_bytes(b"\x01\x02"), int.from_bytes(b""))
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
