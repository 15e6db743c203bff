print(format(1.0, '#'), format(1.0, '#.0f'), format(1.0, '#.0e'), format(0.5, '#.0%'), format(100.0, '#g'), format(1e20, '#g'))
print(format(12, '#o'), format(-12, '#010o'), format(0, '#x'), format(0, '#b'), format(3, '#X'))
try:
    format(1, '#c')
except ValueError as e:
    print('ValueError', e)
