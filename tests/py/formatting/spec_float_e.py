for v in [0.0, 1.0, -12345.678, 1e-300, 6.02214076e23, 5e-324]:
    print(format(v, 'e'), format(v, '.2e'), format(v, 'E'), format(v, '.0e'))
print(format(9.9999, '.2e'), format(9.995, '.2e'), format(1.5, '12.3e'))
