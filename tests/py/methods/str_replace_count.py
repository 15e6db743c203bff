# str.replace with count limits and empty patterns.
s = "one one one one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2))
print("aaa".replace("a", ""), "aaaa".replace("aa", "b"))
print("".replace("", "x"), "".replace("a", "x"))
try:
    s.replace("one")
except TypeError as e:
    print("TypeError:", e)
