# dict.get, copy (shallow), clear and len/bool.
d = {"a": [1], "b": None}
print(d.get("a"), d.get("b", "dflt"), d.get("c"), d.get("c", 0))
c = d.copy()
c["a"].append(2)
c["n"] = 1
print(d, c)
d.clear()
print(d, len(d), bool(d), bool(c))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
