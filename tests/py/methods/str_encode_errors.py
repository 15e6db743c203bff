# str.encode with codecs and error handlers.
s = "naïve café ✓"
print(s.encode())
print(s.encode("utf-8"))
print(s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"))
print(s.encode("ascii", errors="backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "replace"))
print("abc".encode("utf-16-le") if False else "abc".encode("latin1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    s.encode("latin-1", "strict")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
