# str.casefold for caseless matching, compared with lower().
words = ["Straße", "STRASSE", "ﬁle", "FILE", "Σίσυφος", "ΣΊΣΥΦΟΣ", "İstanbul", "ǅ"]
for w in words:
    print(repr(w.casefold()), repr(w.lower()))
print("Straße".casefold() == "STRASSE".casefold())
print("Straße".lower() == "STRASSE".lower())
print("".casefold() == "")
try:
    "a".casefold("x")
except TypeError as e:
    print("TypeError:", e)
