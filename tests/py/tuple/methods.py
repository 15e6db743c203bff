# count and index.
t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.index(3), t.index(2, 2), t.count(99))
try:
    t.index(99)
except ValueError as e:
    print("ValueError:", e)
