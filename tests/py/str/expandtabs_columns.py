# expandtabs() counts columns in code points and restarts them after \n and \r.
print(repr("a\tb\tc".expandtabs()))
print(repr("a\tbc\tdef\tg".expandtabs(4)))
print(repr("ab\n\tc\r\td".expandtabs(3)))
print(repr("é\tx".expandtabs()), repr("日本\t!".expandtabs(4)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("\t".expandtabs(1)))
print(repr("no tabs".expandtabs()), repr("a\tb".expandtabs(tabsize=2)))
try:
    "a".expandtabs("x")
except TypeError as e:
    print("TypeError:", e)
