# Dict equality ignores order and compares values with ==.
a = {"x": [1, 2], "y": {"z": 1.0}}
b = {"y": {"z": 1}, "x": [1, 2]}
print(a == b, a != b, {1: 1} == {1: 1, 2: 2}, {} == {})
n = float("nan")
print({"a": n} == {"a": n}, dict(a=1) == {"a": 1})
try:
    {1: 1} < {1: 1}
except TypeError as e:
    print("TypeError:", e)
