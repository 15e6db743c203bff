a = (1)
b = ((1))
c = (x + y) * z
d = (yield_)
e = (a)(b)
f = (a).b
g = (a)[b]
