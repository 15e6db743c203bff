# A dict with many int keys stays correct across resizes and deletions.
d = {}
for i in range(2000):
    d[i * 7] = i
for i in range(0, 2000, 3):
    del d[i * 7]
print(len(d), d[7], d.get(0), sum(d.values()), list(d)[:5], list(d)[-3:])
