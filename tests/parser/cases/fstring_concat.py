a = 'a' f'{x}' 'b'
b = f'{x}' f'{y}'
c = 'a' f'' 'b'
d = u'a' f'{x}' 'b'
e = f'{x}' u'a'
f = (f'{a}'
     'b'
     f'{c!r}')
