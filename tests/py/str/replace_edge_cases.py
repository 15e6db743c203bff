# replace(): empty old string, counts, non-ASCII.
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), repr("".replace("", "x", 0)))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "", -1), "x".replace("x", "y", 0))
print("héllo".replace("é", "e"), "日本語".replace("本", "🎌"), "ab".replace("", "é"), "naïve".replace("ï", "i", 1))
print("abc".replace("b", "", -3), "abcabc".replace("bc", "BC", 1), "abc".replace("x", "y"))
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 1), lambda: "a".replace("a", "b", "x"),
            lambda: "a".replace("a"), lambda: "a".replace("a", "b", count=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
