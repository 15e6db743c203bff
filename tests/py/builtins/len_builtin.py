# len on every container type.
print(len(""), len("héllo"), len([1, 2]), len((1,)), len({}), len({"a": 1}), len({1, 2, 2}), len(range(10)), len(b"ab"), len(frozenset()))
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
