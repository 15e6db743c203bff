# bytes case methods, justification and zfill only touch ASCII.
b = b"Hello \xc3\xa9World"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"-7".zfill(4))
print(b"a\tb".expandtabs(4), b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" ".isspace())
print(b"ABC".isupper(), b"abc".islower(), b"Title Case".istitle(), b"\x80".isascii(), b"".isascii())
try:
    b"abc".center(7, "*")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc".center(7, b"**")
except TypeError as e:
    print("TypeError:", e)
