for v in [1.0, 0.1, 1e16, 1e-5, 123456789.0, 1.23456789e-7, 2.5e300, -0.0, 1e15]:
    print(format(v, ''), format(v, '.3'), format(v, '.12'), format(v, '15'), str(v))
print(format(1.0, '.0'), format(12345.0, '.2'), format(0.5, '.1'))
