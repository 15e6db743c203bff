# Equal numbers are the same key; the first key object is kept.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {0: "a", False: "b", 0.0: "c", "0": "d", (0,): "e", frozenset(): "f"}
print(d2)
print({1: 1} == {1.0: 1}, {"a": 1} == {"a": 1.0}, {"a": 1} != {"b": 1})
