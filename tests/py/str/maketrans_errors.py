# str.maketrans argument checking.
for bad in [lambda: str.maketrans(), lambda: str.maketrans(1), lambda: str.maketrans("ab", "c"),
            lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", "b", 1),
            lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", None), lambda: str.maketrans(1, 2, 3, 4),
            lambda: str.maketrans({"a": 1}, "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("x".maketrans("x", "y"))
