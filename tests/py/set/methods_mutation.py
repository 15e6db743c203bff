# add, remove, discard, pop, clear, update family.
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.remove(1)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], {7})
print(s)
s.intersection_update({2, 5, 6, 0})
print(s)
s.difference_update({5})
print(s)
s.symmetric_difference_update({2, 4})
print(s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
