inf = float('inf'); nan = float('nan')
for v in [inf, -inf, nan]:
    print(format(v, ''), format(v, 'f'), format(v, 'F'), format(v, 'e'), format(v, 'E'),
          format(v, 'g'), format(v, 'G'), format(v, '%'), format(v, '+'), repr(format(v, '08.2f')), repr(format(v, '*^9')))
