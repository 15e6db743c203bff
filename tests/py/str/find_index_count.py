# find/rfind/index/rindex/count.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("the", 1), s.find("at", 6, 12))
print(s.index("on"), s.rindex("the"), s.count("at"), s.count("the"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("".find(""), "abc".find(""), "abc".rfind(""))
