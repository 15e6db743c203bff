# str.encode with codecs and error handlers.
s = "aé€😀"
for enc in ["utf-8", "UTF8", "ascii", "latin-1", "iso8859-1"]:
    for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace"]:
        print(enc, errors, s.encode(enc, errors))
print("a\udcffb".encode("utf-8", "surrogateescape"), "\ud800".encode("utf-8", "surrogatepass"))
print("é".encode(), "é".encode(encoding="latin-1"), "abc".encode("ascii"))
for bad in [lambda: "é".encode("ascii"), lambda: "éé€".encode("ascii"), lambda: "aéé€b".encode("latin-1"),
            lambda: "\ud800".encode(), lambda: "a".encode("xyz"), lambda: "é".encode("ascii", "bogus"),
            lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode(x=1),
            lambda: "a".encode("a", "b", "c")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print("é".encode(errors="bogus"))
