for v in [0, 7, -7]:
    print(repr(format(v, '+')), repr(format(v, '-')), repr(format(v, ' ')))
for v in [0.0, -0.0, 2.5, -2.5]:
    print(repr(format(v, '+')), repr(format(v, '-')), repr(format(v, ' ')), repr(format(v, '+.2f')))
