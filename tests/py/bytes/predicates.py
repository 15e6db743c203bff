# is* methods on bytes.
for b in [b"abc", b"123", b"a1", b"   ", b"", b"ABC", b"Ab"]:
    print(b, b.isalpha(), b.isdigit(), b.isalnum(), b.isspace(), b.isupper(), b.islower())
