# split, rsplit, splitlines and join.
print("a b  c".split(), "a b  c".split(" "), "a,b,,c".split(","))
print("  lead and trail  ".split(), "".split(), "".split(","))
print("a-b-c-d".split("-", 2), "a-b-c-d".rsplit("-", 2), "a b c".rsplit(None, 1))
print("line1\nline2\r\nline3\n".splitlines(), "x\ny".splitlines(True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(("1", "2")))
print("::".join(s.upper() for s in ["p", "q"]))
