# Indexing and slicing a range gives ints and ranges.
r = range(10, 50, 5)
print(r[0], r[-1], r[3], len(r))
print(r[2:5], r[::-1], r[::2], r[-3:], list(r[1:6:2]))
try:
    r[8]
except IndexError as e:
    print("IndexError:", e)
