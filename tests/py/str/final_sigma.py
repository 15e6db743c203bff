# Capital sigma lowercases to final sigma at the end of a word (Final_Sigma context).
cases = ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣ", "AΣB", "A'Σ'", "AΣ'A", "1Σ", "Σ1", "AΣ\u0345", "ΑΣ-ΑΣ"]
for s in cases:
    print(repr(s), repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
print("ΣΑΣ".casefold())
