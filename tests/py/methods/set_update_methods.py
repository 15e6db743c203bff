# In-place set updates: update, intersection_update, difference_update, symmetric_difference_update.
s = {1, 2, 3, 4}
print(s.update([5], (6,)), sorted(s))
s.intersection_update(range(0, 10, 2), [2, 4, 6, 8])
print(sorted(s))
s.difference_update([2], {8})
print(sorted(s))
s.symmetric_difference_update([4, 5, 7])
print(sorted(s))
s |= {100}
s &= {5, 6, 7, 100}
s -= {6}
s ^= {7, 8}
print(sorted(s))
try:
    s |= [1]
except TypeError as e:
    print("TypeError:", e)
