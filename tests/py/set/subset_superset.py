# Comparisons between sets.
a = {1, 2}
b = {1, 2, 3}
print(a <= b, a < b, b >= a, b > a, a < a, a <= a, a == {2, 1}, a != b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({5}), a.isdisjoint(b))
print(set() < a, {1, 4} <= b)
