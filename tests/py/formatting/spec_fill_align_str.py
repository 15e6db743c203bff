for spec in ['<10', '>10', '^10', '*<10', '*>10', '*^10', '-^11', '.^9', '0<5', '=^1']:
    print(repr(format('abc', spec)))
print(repr(f'{"xy":_^7}'))
print(repr('{:~>6}'.format('q')))
