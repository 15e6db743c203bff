# set add/remove/discard/pop/clear/copy.
s = set()
s.add(3)
s.add(3)
s.add((1, 2))
print(len(s), 3 in s, (1, 2) in s)
s.discard(99)
s.discard(3)
print(s)
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
t = s.copy()
print(t.pop(), t, s)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
s.clear()
print(s, len(s))
