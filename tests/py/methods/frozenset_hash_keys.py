# frozensets are hashable (order-independent), usable as keys and set members.
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested), frozenset({1}) in nested)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {1, 2} == frozenset({1, 2}))
print(frozenset("aab") == frozenset("ba"), repr(frozenset()), repr(frozenset({3})))
f = frozenset([1, 2, 3])
print(f.copy() is f, sorted(f.union([9])), type(f.copy()).__name__)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash({1})
except TypeError as e:
    print("TypeError:", e)
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
