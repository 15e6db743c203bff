for v in [0, 0.5, 0.125, -1.0, 1/3, 12.3456]:
    print(format(v, '%'), format(v, '.0%'), format(v, '.2%'), format(v, '10.1%'))
