# dict.fromkeys shares one value object between keys.
d = dict.fromkeys("abc")
print(d)
d2 = dict.fromkeys(["x", "y"], [])
d2["x"].append(1)
print(d2)
print(dict.fromkeys(range(3), 0), dict.fromkeys([]), dict.fromkeys((1, 1, 2), "v"))
print({}.fromkeys("ab", 1))
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("TypeError:", e)
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError:", e)
