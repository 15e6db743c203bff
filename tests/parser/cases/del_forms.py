del x
del x, y
del x,
del x.y
del x[0]
del x[1:2]
del (x)
del (x, y)
del [x, y]
del (x), [y, z]
del ()
