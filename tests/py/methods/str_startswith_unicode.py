# startswith/endswith with non-ASCII prefixes and index arguments in code points.
s = "Ünïcödé text"
print(s.startswith("Ün"), s.startswith("ïc", 2), s.endswith("dé", 0, 7), s.endswith(("x", "xt")))
print("😀😁😂".startswith("😁", 1), "😀😁😂".endswith("😁", 0, 2))
