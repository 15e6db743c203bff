# encode/decode round trips for several codecs and lengths.
texts = ["", "ascii", "Grüße", "日本語", "emoji 😀!", "\x00\x7f\x80"]
for t in texts:
    u8 = t.encode("utf-8")
    print(len(t), len(u8), u8.decode("utf-8") == t, t.encode("utf8") == u8, t.encode("UTF-8") == u8)
print("Grüße".encode("latin-1"), b"Gr\xfc\xdfe".decode("latin-1"))
print("abc".encode("ascii"), "abc".encode(encoding="ascii", errors="strict"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
