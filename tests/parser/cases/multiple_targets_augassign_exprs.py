a[b:c] += d
a.b.c *= 2
x[...] = 1
