# center/ljust/rjust/zfill, including CPython's centring rule and non-ASCII fill.
for w in range(1, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")))
print(repr("é".center(4, "*")), repr("abc".center(5, "é")), repr("x".ljust(3, "·")), repr("x".rjust(3, "日")))
print(repr("ab".rjust(-1)), repr("ab".ljust(0)))
print("-42".zfill(6), "+42".zfill(6), "42".zfill(1), "--".zfill(4), "".zfill(3), "é".zfill(3), "-".zfill(3))
for bad in [lambda: "a".center(1, "ab"), lambda: "a".center("x"), lambda: "a".center(5, 1), lambda: "a".ljust(),
            lambda: "a".center(1, 2, 3), lambda: "a".zfill(), lambda: "a".zfill("x"), lambda: "a".center(width=3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
