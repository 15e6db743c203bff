a.b = 1
del a.b
a.b += 1
a.b: int
for a.b in c: pass
[a.b, *c.d] = e
