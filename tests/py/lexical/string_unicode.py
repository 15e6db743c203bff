# Non-ASCII literals, code points and lengths.
s = "héllo wörld ✓ 😀"
print(s)
print(len(s), len("😀"), len("é"), len("e\u0301"))
print([ord(c) for c in "é✓😀"])
print(chr(233), chr(0x2713), chr(128512))
print(repr("日本語"), "日本語"[1])
print(u"u prefix", U"also")
