# upper()/lower() use the full Unicode case mappings, including ones that change length.
words = ["straße", "ﬁnance", "ŉ", "ǰ", "ΐ", "İstanbul", "Ǆemal", "Привет мир", "ǅ", "𐐀𐐨", "𞤀𞤢", "ᾳ", "ﬃ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), len(w.upper()), len(w.lower()))
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ÿ".upper(), "µ".upper(), "ı".upper(), "ſ".upper())
print("ABC xyz 123".lower(), "ABC xyz 123".upper())
