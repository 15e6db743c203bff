# find/rfind/index/rindex/count with start and end, on ASCII and non-ASCII text.
s = "héllo wörld héllo"
for sub in ["héllo", "l", "ö", "", "xyz"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 0, 10),
          s.find(sub, -5), s.count(sub, 3, -3))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 1, 2), "abc".find("", 2, 1))
print("abc".count(""), "abc".count("", 3, 3), "abc".count("", 2, 1), "aaa".count("aa"), "abc".count("", 5))
print("abc".find("c", None, None), "abc".find("c", -1), "abc".find("a", -100, 100), "abc".find("b", 2**70))
print("éaé".index("é", 1), "éaé".rindex("é"), "日本語".index("語"))
for bad in [lambda: "a".index("b"), lambda: "a".rindex("b"), lambda: "a".find(1), lambda: "a".find("a", "x"),
            lambda: "a".count(), lambda: "a".find("a", 1, 2, 3), lambda: "a".find(sub="a"), lambda: "a".count(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
