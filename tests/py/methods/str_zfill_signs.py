# str.zfill keeps a leading sign in front of the zeros.
for s in ["42", "-42", "+42", "", "-", "+", "abc", "--5", "3.14", "-0.5"]:
    print(repr(s), repr(s.zfill(6)), repr(s.zfill(1)), repr(s.zfill(-3)))
print("12345".zfill(3))
try:
    "1".zfill("3")
except TypeError as e:
    print("TypeError:", e)
