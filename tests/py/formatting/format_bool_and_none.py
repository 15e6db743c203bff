print(f'{True} {False!r} {True:>6} {False:d} {True:x} {True:.2f}')
print(f'{None} {None!r}', '{}'.format(None))
print(format(True, 'b'), format(True, '%'), format(True, 'e'))
