# bytes.decode with codecs and error handlers.
print(b"abc".decode(), b"\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"), bytearray(b"x").decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode(errors="ignore"), b"a\x80b".decode("ascii", "backslashreplace"))
print(b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf4\x90\x80\x80".decode("utf-8", "replace"), b"\xc0\x80".decode("utf-8", "replace"))
print(b"\xf8\x88\x80\x80\x80".decode("utf-8", "replace"), b"\xe2\x82\xac".decode(), b"\xf0\x9f\x98\x80".decode())
for data, args in [(b"\xff\xfe", ()), (b"\xe2\x82", ()), (b"\xc2", ()), (b"abc\x80", ("ascii",)), (b"a", ("xyz",)),
                   (b"a", (1,)), (b"\xff", ("utf-8", "bogus")), (b"a", ("a", "b", "c"))]:
    try:
        print(data.decode(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(b"ok".decode("utf-8", "bogus"))
