# center / ljust / rjust with a fill character, including odd padding splits.
for w in (0, 3, 6, 7, 10):
    print(repr("abc".center(w, "*")), repr("abc".ljust(w, "-")), repr("abc".rjust(w, ".")))
print(repr("ab".center(5)), repr("ab".center(6, "é")))
print(repr("".center(3, "x")), repr("a".center(4, "_")))
for args in [(5, "ab"), (5, ""), ("5",), (5, 1)]:
    try:
        "x".center(*args)
    except TypeError as e:
        print("TypeError:", e)
