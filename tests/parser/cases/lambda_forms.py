a = lambda: 0
b = lambda x: x
c = lambda x, y=1: x + y
d = lambda *args, **kw: 0
e = lambda x, /, y, *, z: 0
f = lambda *, k=1: k
g = lambda x=lambda: 1: x
h = lambda a, b=2, *c, d, e=5, **f: 0
