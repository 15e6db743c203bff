# dict.setdefault returns the existing or inserted value.
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = {"a": 1}
print(d.setdefault("a", 100), d.setdefault("b"), d.setdefault("c", 3), d)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError:", e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print("TypeError:", e)
