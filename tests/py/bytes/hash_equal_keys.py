# bytes as dict keys and set members (printing values, not hash values).
d = {b"k": 1, b"k2": 2}
d[b"k"] += 10
print(d, b"k" in d, "k" in d)
print(sorted({b"b", b"a", b"b"}))
