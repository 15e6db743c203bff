for v in [0, 1234, -1234567, 10**12]:
    print(format(v, 'n'), format(v, '10n'), format(v, '+n'))
for v in [1234.5, -1.5e-7, 1e20, 0.0]:
    print(format(v, 'n'), format(v, '.3n'))
