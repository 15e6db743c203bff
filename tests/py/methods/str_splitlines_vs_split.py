# splitlines drops a final empty line; split("\n") keeps it.
for s in ["a\nb\n", "a\n\nb", "\n", "", "a\r\nb", "x\ny\r"]:
    print(repr(s), s.splitlines(), s.split("\n"))
