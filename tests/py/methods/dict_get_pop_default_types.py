# get/pop/setdefault with unhashable keys raise TypeError; equal keys of other types are found.
d = {1: "one", (1, 2): "pair", "s": "str"}
print(d.get(1.0), d.get(True), d.pop((1, 2)), d.setdefault(1.0, "x"), d)
for f in (d.get, d.pop, d.setdefault):
    try:
        f([1])
    except TypeError as e:
        print("TypeError:", e)
try:
    d[{}]
except TypeError as e:
    print("TypeError:", e)
