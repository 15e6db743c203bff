# isspace() and isprintable() follow Unicode, not just ASCII.
chars = [" ", "\t", "\x0b", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200b", "\u2028", "\u3000",
         "\ufeff", "\xad", "a", "\x7f", "\u0378", "\ue000", "\U0001f600", "\U000e0001"]
for c in chars:
    print(repr(c), c.isspace(), c.isprintable())
print("".isspace(), "".isprintable(), "abc def".isprintable(), "abc\n".isprintable())
