# Error messages of set methods with bad arguments.
s = {1, 2}
for f, args in [(s.add, ()), (s.remove, ([],)), (s.discard, ({},)), (s.issubset, (5,)), (s.update, (1,)), (s.isdisjoint, (None,))]:
    try:
        f(*args)
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print([] in [s] if False else ([1] in [[1]]))
try:
    [1] in s
except TypeError as e:
    print("TypeError:", e)
print(set() in {frozenset()}, {1} in [{1}])
