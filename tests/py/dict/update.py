# update from dicts, pairs and keywords; | and |=.
d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3)], d=4)
d.update(e=5)
print(d)
e = {"a": 0} | {"z": 26}
print(e)
e |= {"a": 100}
print(e, {"x": 1} | {"x": 2})
