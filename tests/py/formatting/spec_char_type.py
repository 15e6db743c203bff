for v in [65, 97, 0x263a, 0x1F600, 10]:
    print(repr(format(v, 'c')), repr(format(v, '^5c')))
try:
    format(-1, 'c')
except OverflowError as e:
    print('OverflowError', e)
try:
    format(0x110000, 'c')
except OverflowError as e:
    print('OverflowError', e)
try:
    format(65, '+c')
except ValueError as e:
    print('ValueError', e)
