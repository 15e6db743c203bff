# bytes.translate and bytes.maketrans.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbcc".translate(t), b"abc".translate(t, b"b"), b"abc".translate(None, b"ac"))
print(b"abc".translate(None, delete=b"b"), bytearray(b"abc").translate(t), bytearray.maketrans(b"a", b"b")[97])
print(b"abc".translate(bytearray(range(256))))
for bad in [lambda: b"a".translate(1), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"ab", b"c"),
            lambda: bytes.maketrans("a", "b"), lambda: bytes.maketrans(), lambda: b"a".translate(),
            lambda: b"a".translate(table=None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
