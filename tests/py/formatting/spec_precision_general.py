for v in [123.0, 99.5, 0.0, 123456789.0, 12.0, 0.000123]:
    print(format(v, '.2'), format(v, '.3'), format(v, '.2g'), format(v, '#.3'), format(v, '.1e'))
print(format(123456789, '.3g'), format(2**63, 'g'))
