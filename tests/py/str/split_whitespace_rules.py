# split()/rsplit() without a separator: runs of Unicode whitespace, trimmed ends.
s = "  a\tb\n\nc\x1cd\x85e\u3000f\u2028g  "
print(s.split())
print(s.rsplit())
print(s.split(None, 2))
print(s.rsplit(None, 2))
print("  a  b  ".split(maxsplit=1), "  a  b  ".rsplit(maxsplit=1))
print("  a  b  ".split(None, 0), "  a  b  ".rsplit(None, 0))
print("".split(), "   ".split(), "   ".rsplit(None, 1))
print("a\u200bb".split(), "a\xa0b".split())
print("x y z".split(maxsplit=-5), "x y z".rsplit(maxsplit=True))
