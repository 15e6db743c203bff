class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
p = P()
print('{p.x},{p.y[1]}'.format(p=p))
print('{0.x} {0.y[0]}'.format(p))
d = {'a': 1, 'k': 'v', 3: 'three'}
print('{0[a]} {0[k]} {d[3]}'.format(d, d=d))
print('{name!r:>8}|{name!s}|{name}'.format(name='bob'))
print('{0[0]}{0[2]}'.format('xyz'))
print('{a}{b}'.format(**{'a': 1, 'b': 2}))
