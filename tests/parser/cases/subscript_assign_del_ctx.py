x[0] = 1
del x[0]
x[0] += 1
x[0]: int
for x[0] in y: pass
with a as x[0]: pass
