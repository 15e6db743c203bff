# pop and popitem.
d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d, d.pop("zz", "default"))
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
