# Tuple slicing returns tuples (the whole-tuple slice is the same object).
t = (0, 1, 2, 3, 4, 5)
print(t[1:4], t[::-1], t[::2], t[10:], t[-2:], type(t[1:2]).__name__, t[:] is t)
print(t.index(3, 1, 4), t[1:4].count(2), len(t[::3]), sum(t[2:]), max(t[:3]))
print(tuple("abc") + t[:1], tuple(reversed(t))[:2])
