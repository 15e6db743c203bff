# Iterating over a string yields one-character strings.
for ch in "héy😀":
    print(ch, ord(ch))
print(list("abc"), tuple("xy"), [c * 2 for c in "ab"])
print(sorted("banana"), "".join(sorted("banana")), "".join(reversed("abc")))
