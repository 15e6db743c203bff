# is* predicates on ASCII strings.
tests = ["123", "12a", "", "abc", "ABC", "aBc", "   ", "\t\n", "Title Case", "x1", "a_b", "_id", "1abc"]
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isidentifier(), t.isascii())
