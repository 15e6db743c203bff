# ljust/rjust count code points, not bytes or display width.
for s in ["é", "日本", "😀", "ab"]:
    print(repr(s.ljust(4, ".")), repr(s.rjust(4, "·")), len(s.ljust(4)))
print(repr("abc".ljust(2)), repr("abc".rjust(-1)))
