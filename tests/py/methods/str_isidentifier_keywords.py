# str.isidentifier is purely lexical: keywords count as identifiers.
for s in ["abc", "_", "__init__", "a1", "1a", "", "class", "None", "a-b", "a b", "ñandú",
          "変数", "x²", "_1_", "a.b", "\u00b7a", "a\u00b7"]:
    print(repr(s), s.isidentifier())
