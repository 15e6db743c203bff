# Named set methods accept any iterables, and several at once.
s = {1, 2, 3}
print(sorted(s.union([4], (5,), "")), sorted(s.intersection(range(2, 10), [3, 2])))
print(sorted(s.difference([1], {2})), sorted(s.symmetric_difference([3, 4])))
print(s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint("abc"), s.isdisjoint([3]))
print(sorted(s.union()), sorted(s.intersection()), s.intersection() is s)
try:
    s.symmetric_difference([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    s.union(5)
except TypeError as e:
    print("TypeError:", e)
