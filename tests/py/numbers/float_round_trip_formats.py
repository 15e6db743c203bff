vals = [0.1, 2.5, 1/7, 1e-7, 12345.6789]
for v in vals:
    print(str(v), '%r' % v, '{}'.format(v), f'{v!r}', '%.17g' % v, format(v, '.17g'))
