# strip family with and without characters.
s = "  \t spaced \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.site.com".lstrip("w."), "file.txt..".rstrip("."))
print(repr("".strip()), repr("   ".strip()))
print("prefix_body".removeprefix("prefix_"), "body.py".removesuffix(".py"), "same".removeprefix("x"))
