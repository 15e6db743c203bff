# Indexing and slicing tuples.
t = tuple(range(10))
print(t[0], t[-1], t[2:5], t[::-3], t[8:100], t[:0])
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
