# frozenset: immutable, hashable, equal to sets.
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, f == {1, 2, 3}, frozenset())
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})} == {frozenset([1])})
try:
    f.add(5)
except AttributeError as e:
    print("AttributeError:", e)
