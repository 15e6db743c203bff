s = 'abcdefgh'
for spec in ['.3', '.0', '10.3', '>10.5', '^7.2', '.20', 's', '.4s']:
    print(repr(format(s, spec)))
print(repr(f'{"hello":.2}|{"hello":*>8.3}'))
