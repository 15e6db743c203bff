print(b'%d-%s' % (5, b'ab'))
print(b'%x %05.1f %c %c' % (255, 2.25, 65, b'z'))
print(b'%(a)s' % {b'a': b'v'})
print(b'%r' % 'str')
try:
    b'%s' % 'str'
except TypeError as e:
    print('TypeError', e)
