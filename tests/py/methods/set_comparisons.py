# Subset/superset comparison operators form a partial order.
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= b, a < a, a <= a)
print(a < c, a > c, a == c, c <= b)
print(frozenset(a) < b, a < frozenset(b), frozenset() <= a)
print(sorted([{1, 2, 3}, {1}, {1, 2}], key=len))
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
