# split/rsplit/splitlines/strip on bytes: ASCII whitespace only.
b = b"  a\tb\n\nc\x1cd\x0be  "
print(b.split(), b.rsplit(), b.split(None, 1), b.rsplit(maxsplit=1), b"".split(), b"   ".split())
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 1), b"a b".split(bytearray(b" ")), b"".split(b","))
print(b"a\r\nb\rc\nd\x0be\x1cf".splitlines(), b"a\r\nb\r".splitlines(True), b"".splitlines())
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b"abc".strip(b""), b"\x1c a".strip())
print(bytearray(b" ab ").strip(), bytearray(b"a,b").split(b","), b"abc".lstrip(bytearray(b"ba")))
for bad in [lambda: b"a".split(""), lambda: b"a".split(b""), lambda: b"a".split(1), lambda: b"a".strip("a"),
            lambda: b"a".strip(1), lambda: b"a".split(x=1), lambda: b"a".strip(1, 2), lambda: b"a".splitlines(x=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
