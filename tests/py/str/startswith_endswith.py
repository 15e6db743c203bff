# startswith and endswith, including tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith((".zip", ".gz")))
print(s.startswith("name", 4), s.endswith("tar", 0, 12), s.startswith(""), "".endswith(""))
print(s.startswith(("x", "y")), "Abc".startswith("a"))
