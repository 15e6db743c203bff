# bytes.hex with separators and group sizes; fromhex whitespace and errors.
b = b"abcdef"
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex(":", -2), b.hex(b"-", 4), b.hex(":", -4), b.hex(" ", 0))
print(b"abcde".hex("-", 2), b"abcde".hex("-", -2), b"".hex(":"), bytearray(b"\x00\xff").hex("|"))
print(b.hex(sep="_", bytes_per_sep=3), bytes([0xff]).hex(" "))
print(bytes.fromhex("61 62"), bytes.fromhex(" 61  62 "), bytes.fromhex("\t61\n62\x0b63\x0c\r"),
      bytearray.fromhex("DEADbeef"), bytes.fromhex(""))
for bad in [lambda: b.hex("::"), lambda: b.hex("é"), lambda: b.hex(1), lambda: bytes.fromhex("6"),
            lambda: bytes.fromhex("6x"), lambda: bytes.fromhex("61 6"), lambda: bytes.fromhex("zz"),
            lambda: bytes.fromhex("1é"), lambda: bytes.fromhex(b"61"), lambda: bytes.fromhex(),
            lambda: b.hex(x=1), lambda: b.hex(1, 2, 3)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
