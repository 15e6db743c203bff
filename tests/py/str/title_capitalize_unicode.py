# title() and capitalize() use titlecase mappings (ǅ, ligatures) and word boundaries.
for s in ["ǆungla ǉubljana", "ǅ", "ﬁsh ﬂy", "ßa ßb", "they're bill's", "hello   world", "a1b2 c3d",
          "ŉ x", "ΐa", "HELLO wORLD", "  x", "", "123abc", "élan vital", "o'neil mcdonald"]:
    print(repr(s.title()), repr(s.capitalize()))
