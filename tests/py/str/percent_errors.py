# printf-style formatting errors and their messages.
cases = [("%s", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("abc", 5), ("%d", "x"), ("%x", 1.5), ("%o", "x"),
         ("%c", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%e", "x"), ("%f", None), ("%d", float("inf")),
         ("%d", float("nan")), ("%5%", ()), ("%5%", 1), ("%y", 1), ("%y", ()), ("a%", ()), ("%", ()), ("%é", 1),
         ("%\x00", 1), ("%lld", 5), ("%*d", ("x", 3)), ("%.*f", ("x", 3.1)), ("%3$s", 1), ("%1.1.1f", 1),
         ("%999999999999999999999d", 1), ("%.999999999999999999999d", 1), ("%c", 2**100), ("%f", 2**1100),
         ("é%y", 1), ("%(a)%", {"a": 1}), ("%d", []), ("%s %s", {"a": 1})]
for fmt, arg in cases:
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
