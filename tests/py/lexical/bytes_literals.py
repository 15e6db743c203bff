# Bytes literal forms and escapes.
print(b"abc", B'abc', b'''tri''', b"""ple""")
print(b"\x00\x01\xff\n\t\\\'")
print(b"a" b"b" b"c")
print(len(b"\x00\xff"), b"\101\102")
print(b'\x7f\x80' + b"\r")
