# partition/rpartition and removeprefix/removesuffix.
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("日本=語".partition("="), "héllo".rpartition("l"))
print("prefix_body".removeprefix("prefix_"), "body.txt".removesuffix(".txt"), "ab".removeprefix(""),
      "ab".removesuffix("abc"), "héé".removesuffix("é"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(1), lambda: "a".partition(),
            lambda: "a".removeprefix(1), lambda: "a".removesuffix(), lambda: "a".rpartition("a", "b")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
