class R:
    def __repr__(self): return 'R()'
    def __str__(self): return 'strR'
print('{0} {0!s} {0!r} {0!a}'.format(R()))
print('{0!r} {0!a} {0!s}'.format('héllo\n'))
print('{!r:>10}|{!s:^9}|'.format('x', 'y'))
print(f'{R()!r:*^10}')
print(f'{"ü"!a}')
