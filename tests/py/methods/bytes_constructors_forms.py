# bytes/bytearray constructors from ints, iterables, str + encoding, and buffers.
print(bytes(3), bytearray(2), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"))
print(bytes("héllo", "utf-8"), bytearray("abc", "ascii"), bytes("x", encoding="latin-1"))
print(bytes(), bytearray(), bytes(bytearray(b"ba")), bytearray(bytearray(b"q")))
print(bytes.fromhex("41 42"), bytes((x for x in [67, 68])))
for args in [("abc",), (-1,), ([256],), (["a"],), (1.5,), (b"x", "utf-8")]:
    try:
        bytes(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
