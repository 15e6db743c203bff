# str.isprintable: space counts, other whitespace and control characters do not.
for s in ["", "abc", " ", "\t", "\n", "a\x7f", "\xa0", "é", "\u200b", "\u2028", "😀", "~!@#"]:
    print(repr(s), s.isprintable())
