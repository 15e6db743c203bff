# bytes predicate methods on edge cases.
for b in [b"", b"abc", b"ABC", b"Abc", b"a1", b"123", b" \t\n\x0b\x0c\r", b"\xe9", b"Hello World", b"hello World"]:
    print(b, b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
