*a, = b
[*a] = b
for *a, in b: pass
