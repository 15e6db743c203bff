# str.count with start/end, overlapping patterns and the empty string.
s = "abababa"
print(s.count("aba"), s.count("a"), s.count(""), s.count("", 2), s.count("", 10))
print(s.count("a", 2), s.count("a", 2, 5), s.count("a", -3), s.count("a", None, -1))
print("".count(""), "".count("a"), "aaaa".count("aa"))
print("héhé".count("é"), "héhé".count("hé", 1))
try:
    s.count()
except TypeError as e:
    print("TypeError:", e)
