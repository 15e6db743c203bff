# in checks keys; del removes; KeyError on missing.
d = {"a": 1, 2: "two", (1, 2): "tuple"}
print("a" in d, 1 in d, 2 in d, (1, 2) in d, "two" in d, "a" not in d)
del d[2]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e, repr(e))
