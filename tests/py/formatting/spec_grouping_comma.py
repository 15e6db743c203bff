for v in [0, 999, 1000, -1234567, 12345678901234567890]:
    print(format(v, ','), format(v, '+,'), format(v, '20,'))
print(format(1234567.891, ',.2f'), format(-0.5, ',.3f'), format(1e10, ','))
print(format(1234567, '0=15,'), format(1234, '08,'), format(1234, '09,d'))
