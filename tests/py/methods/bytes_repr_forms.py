# repr of bytes and bytearray picks quotes and escapes like CPython.
for b in [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\\", b"\x00\x7f\x80\xff", b""]:
    print(repr(b), repr(bytearray(b)))
print(str(b"abc"), bytearray(b"q"))
