# repr() escapes exactly the characters str.isprintable() rejects.
for s in ["\x00\x1f\x7f", "\x85\xa0\xad", "\u200b\u2028\u3000", "\ue000\ufeff", "\U0001f600\U000e0001", "\u0378",
          "é日本", "\ud800", "'\"", "'", "\\"]:
    print(repr(s), ascii(s))
