import sys
print('a', 'b', sep='')
print('a', 'b', sep=None, end=None)
print('x', end='')
print()
print(1, 2, 3, sep=' | ', end='!\n')
print(*[1, 2], sep='\n')
print(file=sys.stdout)
print('to stdout', file=sys.stdout, flush=True)
try:
    print('a', sep=5)
except TypeError as e:
    print('TypeError', e)
