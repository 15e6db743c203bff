# Chaining str methods.
raw = "  Hello, World! Hello!  "
print(raw.strip().lower().replace("hello", "bye").split(", "))
print("-".join(raw.split()).upper().center(30, "="))
words = "The quick brown fox".lower().split()
print([w.capitalize() for w in words], " ".join(w[::-1] for w in words))
