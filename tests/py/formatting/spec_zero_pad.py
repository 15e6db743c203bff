for v in [5, -5, 123456]:
    print(repr(format(v, '05')), repr(format(v, '08d')), repr(format(v, '+08')))
for v in [3.14159, -3.14159]:
    print(repr(format(v, '010.3f')), repr(format(v, '010')), repr(format(v, '+010.2e')))
print(repr(format(255, '#010x')), repr(format(-255, '#010x')), repr(format(5, '#06b')))
print(repr(format('ab', '05')))
