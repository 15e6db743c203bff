# str() and repr() of many values.
print(str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": "v"}))
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t"), repr("\x00\x7f\x80"))
print(repr("é"), repr("\u200b"), repr("😀"), repr("\ud800" if False else "ok"))
print(str(), str(b"x"), str(""), repr(""))
