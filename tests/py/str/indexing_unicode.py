# Indexing is by code point, also for non-BMP characters.
s = "aé✓😀z"
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-2])
print([s[i] for i in range(len(s))])
print(s.index("😀"), s.find("z"), s[3] == "\U0001F600")
