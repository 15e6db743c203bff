for v in [0.0, 1.0, 100000.0, 1000000.0, 1e-4, 1e-5, 123.456, -0.000123456, 1e16, 3.0]:
    print(format(v, 'g'), format(v, '.3g'), format(v, 'G'), format(v, '#g'), format(v, '.10g'))
print(format(1.5, '#.3g'), format(100.0, '#.2g'), format(0.0001, '.0g'))
