# is* predicates that need Unicode character properties.
for t in ["٣", "½", "²", "é", "日本", "Ⅻ", "\u00a0", "ǅ", "α1"]:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii())
