# str(bytes, encoding, errors) and the UnicodeDecodeError messages.
print(str(b"abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"\xe9", encoding="l1"))
print(str(b"a\xffb", "utf-8", "replace"), str(b"a\xffb", "utf-8", "ignore"), str(b"a\x80b", "utf-8", "backslashreplace"))
print(repr(str(b"a\x80b", "utf-8", "surrogateescape")), str(bytearray(b"xy"), "ascii"), str(b"\xff", errors="ignore"))
print(str(b"\xe2\x82x", "utf-8", "replace"), str(b"\xe0\x80\x80", "utf-8", "replace"), str(b"\xf0\x9f\x98", "utf-8", "replace"))
bad = [(b"\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2\x82x", "utf-8"), (b"\xe0\x80", "utf-8"),
       (b"\xed\xa0\x80", "utf-8"), (b"\xc2", "utf-8"), (b"\xf0\x9f\x98", "UTF-8"), (b"a\xff\xfe", "ascii"),
       (b"abc", "xyz")]
for data, enc in bad:
    try:
        str(data, enc)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: str("x", "utf-8"), lambda: str(1, "utf-8"), lambda: str(b"a", 1), lambda: str(b"a", "utf-8", 1),
          lambda: str(b"\xff", "utf-8", "bogus")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(str(b"ok", "utf-8", "bogus"))
try:
    b"\xffabc".decode()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end, e.encoding, e.object)
