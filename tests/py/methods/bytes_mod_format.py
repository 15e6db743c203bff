# printf-style formatting on bytes.
print(b"%s-%d-%x" % (b"ab", 42, 255), b"%5s|%-5s|" % (b"r", b"l"), b"%c%c" % (65, b"B"))
print(b"%r" % b"q" if False else b"%a" % "é", b"100%%" % (), b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError:", e)
