# str.index/rindex with None and negative bounds, and bounds beyond the string.
s = "abcabcabc"
print(s.index("c", None), s.index("c", None, None), s.rindex("a", None, -1), s.index("b", -5, None))
print(s.rindex("abc", 0, 6), s.index("", 9), s.rindex(""), s.find("c", 100), s.rfind("", 4, 2))
try:
    s.index("c", 3, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    s.index("c", "1")
except TypeError as e:
    print("TypeError:", e)
