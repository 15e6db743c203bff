# split()/rsplit() with an explicit separator.
print("a,b,,c,".split(","), "a,b,,c,".rsplit(","))
print("a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1))
print("".split(","), ",".split(","), "aaa".split("a"), "aaaa".split("aa"))
print("éàéàé".split("à"), "日本語日本".split("本"), "x→y→z".rsplit("→", 1))
print("a b".split(" ", maxsplit=0), "a b c".split(sep=" ", maxsplit=1))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(b"a"),
            lambda: "a".split(maxsplit="x"), lambda: "a".split(None, None), lambda: "a".split(x=1),
            lambda: "a".split(None, 1, 2), lambda: "a".split(None, sep=None)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
