class MyInt(int):
    pass
m = MyInt(255)
print(format(m, 'x'), f'{m:>6}', '%d' % m, repr(m), str(m), format(m, ',') if m > 1000 else format(m, '08b'))
class Tagged(int):
    def __repr__(self): return f'Tagged({int(self)})'
    def __format__(self, spec): return 'T:' + format(int(self), spec)
t = Tagged(7)
print(t, f'{t}', f'{t:03}', repr(t), [t], '%s %r %d' % (t, t, t))
print(format(True, ''), format(True, 's') if False else '', f'{True:5}', f'{False:<5}|', '%s %d %r' % (True, False, True))
