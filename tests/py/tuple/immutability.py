# Tuples are immutable but may contain mutable items.
t = (1, [2, 3])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
