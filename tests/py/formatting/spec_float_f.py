for v in [0.0, 1.5, -1.5, 2.675, 1e-7, 123456789.125, 1e22]:
    print(format(v, 'f'), format(v, '.0f'), format(v, '.2f'), format(v, '.10f'))
print(format(0.5, '.0f'), format(1.5, '.0f'), format(2.5, '.0f'), format(-0.5, '.0f'))
print(format(1.0, '#.0f'), format(12.0, '#.0e'))
