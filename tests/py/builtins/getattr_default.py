class C:
    x = 1
    def m(self): return 'm'
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'm')(), getattr(C, 'x'), getattr(1, 'real'))
print(getattr([], 'nope', None), getattr('s', 'upper')(), getattr(c, 'y', None))
try:
    getattr(c, 'y')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError', e)
