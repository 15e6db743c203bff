# Case mappings that change length or need the full Unicode tables.
print("straße".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper(), "İ".lower() == "i\u0307")
print("Straße".casefold(), "ΣΑΣ".lower(), len("ß".upper()))
