# len/bool/iteration of views, and views compared with lists and sets.
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
print(len(k), len(v), len(i), bool({}.keys()), bool(k))
print(k == ["a", "b"], k == {"a", "b"}, i == {("a", 1), ("b", 2)}, v == [1, 2], sorted(v))
print(list(zip(k, v)), dict(i), sorted(k | {"c"}), sorted(i - {("a", 1)}))
print(["b"] - d.keys() if False else {"z"} - d.keys(), {"a"} & d.keys(), type({"a"} | d.keys()).__name__)
