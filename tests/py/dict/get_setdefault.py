# get and setdefault.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d)
print(d.setdefault("a", 99), d.setdefault("b", []), d)
d.setdefault("b", []).append(5)
d.setdefault("c")
print(d)
