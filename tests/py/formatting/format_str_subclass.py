class Name(str):
    def __format__(self, spec):
        return '[' + str.__format__(self, spec) + ']'
n = Name('zed')
print(f'{n}', f'{n:>5}', format(n, '^7'), '{}'.format(n), '%s' % n, str(n), repr(n))
class Shout(str):
    def __str__(self): return self.upper()
s = Shout('hey')
print(s, f'{s}', '{}'.format(s), '%s' % s, str(s), format(s))
