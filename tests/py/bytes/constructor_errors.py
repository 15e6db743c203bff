# bytes()/bytearray() construction from every kind of source, and its errors.
print(bytes(), bytes(3), bytes(range(3)), bytes([1, 2, True]), bytes(b"x"), bytes(bytearray(b"y")))
print(bytes(x for x in [65, 66]), bytes("é", "utf-8"), bytes("é", "latin-1"), bytes(source=2), bytes(iter([7])))
print(bytearray(), bytearray(2), bytearray("ab", "ascii"), bytearray(b"c"), bytearray([255]))
for bad in [lambda: bytes("a"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes([256]),
            lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytes(None),
            lambda: bytes(encoding="utf-8"), lambda: bytes(errors="strict"), lambda: bytes("a", 1),
            lambda: bytes("a", "utf-8", 1), lambda: bytes("é", "ascii"), lambda: bytes("a", "xyz"),
            lambda: bytes(1, 2, 3, 4), lambda: bytes(object=3), lambda: bytearray([256]), lambda: bytearray(1.5),
            lambda: bytearray("x"), lambda: bytearray(-1), lambda: bytearray(x=2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
