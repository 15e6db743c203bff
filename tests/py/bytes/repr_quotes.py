# repr of bytes and bytearray: quote choice and escapes.
for b in [b"it's", b'say "hi"', b"both ' and \"", b"\t\n\r\x00\x7f\x80\xff\\", b"", b"plain"]:
    print(repr(b), repr(bytearray(b)))
print(str(b"x"), str(bytearray(b"y")), [b"a", bytearray(b"b")])
