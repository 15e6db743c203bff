# len and clear.
d = dict.fromkeys(range(100))
print(len(d))
for i in range(0, 100, 2):
    del d[i]
print(len(d), list(d)[:5])
d.clear()
print(d, len(d))
