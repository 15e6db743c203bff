# Searching bytes for bytes-like objects or single byte values.
b = b"abcabc"
print(b.find(b"c"), b.find(99), b.rfind(b"b"), b.rindex(99), b.index(b"bc", 2), b.count(b"a"), b.count(98))
print(b.find(b"", 6), b.find(b"", 7), b.count(b""), b.count(b"", 1, 2), b.find(b"c", -1), b.find(bytearray(b"ca")))
print(b.startswith(b"ab"), b.endswith((b"x", b"bc")), b.startswith(bytearray(b"a")), b.endswith(b"a", 0, 1))
print(99 in b, b"ca" in b, bytearray(b"bc") in b, 120 in b, bytearray(b"xab").find(b"ab"))
for bad in [lambda: b.find("a"), lambda: b.find(256), lambda: b.find(1.5), lambda: b.index(120),
            lambda: b.index(b"x"), lambda: b.startswith("a"), lambda: b.startswith((b"a", "x")),
            lambda: b.startswith(("x", b"a")), lambda: "a" in b, lambda: 256 in b, lambda: b.count(),
            lambda: b.find(sub=b"a"), lambda: b.startswith(b"a", "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
