print(format(5), format(5, ''), format('s'), format(1.5), format(None), format(True))
print(format(True, 'd'), format(True, '>5'), format(False, '05'))
print(format([1, 2]), format((1,)), format({'a': 1}))
try:
    format([1], 'x')
except TypeError as e:
    print('TypeError', e)
try:
    format(None, '>5')
except TypeError as e:
    print('TypeError', e)
try:
    format(1, 5)
except TypeError as e:
    print('TypeError', e)
