# upper/lower/swapcase/title/capitalize on mixed text.
for s in ["hello world", "HELLO World", "they're bill's friends", "ǆemal", "ß", "mIxEd 123 cAsE", "élan VITAL"]:
    print(s.upper(), "|", s.lower(), "|", s.swapcase(), "|", s.title(), "|", s.capitalize())
print("abc".istitle(), "Abc Def".istitle(), "ABC".isupper(), "abc1".islower(), "123".islower())
