x = d[1, 2]
y = d[(1, 2)]
z = d[1,]
def f(): return 1,
