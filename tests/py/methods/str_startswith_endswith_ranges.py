# startswith/endswith with tuples and start/end bounds.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name", 4), s.startswith("name", 4, 7))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith(".tar", 0, -3))
print(s.startswith(("a", "b", "f")), s.startswith(()), s.endswith(""), s.startswith("", 100))
print("".startswith(""), "".endswith("", 0, 0), "abc".endswith("c", -1))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print("TypeError:", e)
