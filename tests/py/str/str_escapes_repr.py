# repr chooses quotes and escapes control characters.
for s in ["a'b", 'a"b', "a'b\"c", "\n", "\\", "\x1b[0m", "\u00a0", "\u0085", "\t\r"]:
    print(repr(s), len(s))
