# dict.popitem removes in LIFO order; pop with and without a default.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d.popitem(), d)
d["z"] = 26
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
e = {"k": 1}
print(e.pop("k"), e.pop("k", "gone"), e.pop("q", None))
try:
    e.pop("k")
except KeyError as err:
    print("KeyError:", err)
