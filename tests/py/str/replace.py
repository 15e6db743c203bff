# replace with counts and empty patterns.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("zzz", "q"))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("b", ""))
print("héllo".replace("é", "e"), "aaaa".replace("aa", "a"))
