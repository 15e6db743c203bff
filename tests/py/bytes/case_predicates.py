# Case conversion and character classes of bytes are ASCII-only.
for b in [b"Hello World", b"hello world", b"\xe9a", b"they're bill's", b"ABC1", b"abc1", b"", b"Ab Cd", b"a1B2"]:
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
    print(b.isalpha(), b.isalnum(), b.isdigit(), b.islower(), b.isupper(), b.istitle(), b.isspace(), b.isascii())
print(b" \t\n\r\x0b\x0c".isspace(), b" \x1c".isspace(), b"\x80".isascii(), bytearray(b"abc").upper())
try:
    b"a".isalpha(1)
except TypeError as e:
    print("TypeError:", e)
