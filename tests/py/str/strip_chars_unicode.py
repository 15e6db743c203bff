# strip/lstrip/rstrip with Unicode whitespace and with explicit character sets.
s = "\u3000\x85 \t héllo \u2028\xa0"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("éaé".strip("é")), repr("¡¡hola!!".strip("¡!")), repr("abc".strip("")), repr("abc".strip(None)))
print(repr("  ".strip()), repr("".strip("a")), repr("aaa".strip("a")), repr("\x1c\x1da\x1e\x1f".strip()))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip(1), lambda: "a".strip("a", "b"),
            lambda: "a".strip(chars="a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
