# bytes.maketrans and translate with a table and with delete bytes.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], t[:3])
print(b"aabbcc".translate(t), b"abcdef".translate(t, b"de"), b"abcdef".translate(None, b"ace"))
print(bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97])
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a".translate(b"short")
except ValueError as e:
    print("ValueError:", e)
