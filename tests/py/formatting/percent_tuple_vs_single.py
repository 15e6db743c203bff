print('%s' % (1,))
print('%s' % [1, 2])
print('%s and %s' % ('a', 'b'))
print('%s' % ((1, 2),))
print('%r' % 'x', '%s' % None)
try:
    print('%s' % (1, 2))
except TypeError as e:
    print('TypeError', e)
try:
    print('%s %s' % (1,))
except TypeError as e:
    print('TypeError', e)
