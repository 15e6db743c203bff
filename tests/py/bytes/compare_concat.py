# Comparison, concatenation and repetition across bytes and bytearray.
print(b"a" < b"b", b"ab" > b"a", b"a" == bytearray(b"a"), bytearray(b"ab") >= b"ab", b"a" == "a", b"" < b"\x00")
print(b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc", b"ab" * 3, 3 * b"ab", b"ab" * -1, bytearray(b"ab") * 2)
print(sorted([b"b", b"a", b"ab"]), max(b"\x01\xff"), hash(b"abc") == hash(b"abc"), len({b"a", b"a", b"b"}))
for bad in [lambda: b"a" + "b", lambda: b"a" + 1, lambda: bytearray(b"x") + "a", lambda: b"a" < "a",
            lambda: b"a" * "x", lambda: hash(bytearray(b"a")), lambda: {bytearray(b"a"): 1}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
