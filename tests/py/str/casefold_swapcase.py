# casefold() for caseless matching, swapcase() with full mappings.
for s in ["Straße", "ﬁ", "ΣΑΣ", "İ", "ǅ", "Hello World", "ß", "MASSE", "ǰ", "ᾼ"]:
    print(repr(s.casefold()), repr(s.swapcase()))
print("Straße".casefold() == "STRASSE".casefold())
print("ǅ".swapcase(), "ǆ".swapcase(), "Ǆ".swapcase())
