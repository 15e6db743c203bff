# isalpha/isalnum/isascii/isspace/islower/isupper on tricky inputs.
for s in ["", "abc", "abc1", "ABC", "aBc", " \t", "é", "\x80", "ǅ", "١٢٣", "a b", "ⅷ", "_"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isascii(), s.isspace(), s.islower(), s.isupper(), s.istitle())
