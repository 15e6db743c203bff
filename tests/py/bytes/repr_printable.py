# repr of bytes shows printable ASCII and escapes the rest.
print(bytes(range(0, 40)))
print(bytes(range(120, 140)))
print(b"'", b'"', b"'\"", b"\\")
print(repr(b"x"), str(b"x"))
