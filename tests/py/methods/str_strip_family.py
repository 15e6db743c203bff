# strip/lstrip/rstrip with default whitespace and with character sets.
s = "\t\n  xxhelloxx \r\x0b"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhelloxx".strip("x")), repr("xyhelloyx".strip("xy")), repr("www.example.com".strip("cmowz.")))
print(repr("abc".strip("")), repr("abc".strip(None)), repr("\u3000wide\u3000".strip()))
print(repr("aaa".lstrip("a")), repr("banana".rstrip("an")))
try:
    "a".strip(1)
except TypeError as e:
    print("TypeError:", e)
