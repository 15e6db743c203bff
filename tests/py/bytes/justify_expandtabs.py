# Padding, zfill, expandtabs, replace, affixes on bytes.
print(b"abc".center(6, b"x"), b"ab".center(5), b"ab".ljust(4, b"\x00"), b"abc".rjust(2), b"a".center(4, bytearray(b"-")))
print(b"42".zfill(5), b"-1".zfill(4), b"".zfill(2), bytearray(b"7").zfill(3))
print(b"a\tb\n\tc".expandtabs(4), b"a\tb".expandtabs(), b"a\tb".expandtabs(0), b"ab\tc".expandtabs(tabsize=2))
print(b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"x", b"y"))
print(b"pre_x".removeprefix(b"pre_"), b"x.bin".removesuffix(b".bin"), b"ab".removeprefix(b""), bytearray(b"ab").removesuffix(b"b"))
for bad in [lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: b"a".center(), lambda: b"a".zfill(),
            lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", 1), lambda: b"a".replace(b"a"),
            lambda: b"a".removeprefix("a"), lambda: b"a".center(width=3), lambda: b"a".expandtabs(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
