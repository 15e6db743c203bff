# bytes.hex with separators and group sizes; fromhex ignores whitespace.
b = bytes(range(250, 256)) + b"\x00\x01\x02"
print(b.hex())
print(b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(b" ", 4), b.hex(":", 100))
print(b"".hex(), b"".hex(":"))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(" 01\t02\n"), bytes.fromhex(""))
print(bytearray.fromhex("ff 00"), bytearray(b"\x10\x20").hex(","))
for bad in ["abc", "zz", "0 1", "01 2"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
for sep in ["::", "é", 1]:
    try:
        b.hex(sep)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
