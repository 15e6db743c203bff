# bytes % args (PEP 461).
print(b"%s %d %x %05.1f" % (b"abc", 42, 255, 2.25))
print(b"%b|%5s|%-5s|%.1s" % (bytearray(b"ba"), b"ab", b"ab", b"xyz"))
print(b"%r %a" % ("é", [1]), b"%c%c%c" % (65, b"B", bytearray(b"C")))
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 7}, bytearray(b"%s!") % b"y", b"100%%" % ())
print(b"%i %o %X %e" % (3, 8, 255, 1e10))
cases = [(b"%s", "x"), (b"%b", 5), (b"%s", [1]), (b"%c", 256), (b"%c", -1), (b"%c", b"ab"), (b"%c", "a"),
         (b"%c", 1.5), (b"%y", 1), (b"%\xff", 1), (b"abc", 5), (b"abc", b"x"), (b"%d", "x"), (b"%x", 1.5),
         (b"%(a)s", {"a": b"x"}), (b"%(a)s", bytearray(b"x")), (b"%s %s", (b"a",)), (b"%", ())]
for fmt, arg in cases:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__ + ":", e)
