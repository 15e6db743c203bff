# zfill, center, ljust, rjust, expandtabs.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("[" + "hi".center(7) + "]", "[" + "hi".center(6, "*") + "]", "[" + "odd".center(6) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]", "[" + "toolong".ljust(3) + "]")
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs())
