# printf conversions and format() with __index__/__int__/__float__ objects, int subclasses and bools.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class Ix:
    def __index__(self): return 26
class In:
    def __int__(self): return 7
class Fl:
    def __float__(self): return 2.5
class Both:
    def __index__(self): return 3
    def __float__(self): return 9.5
class MyInt(int): pass
t(lambda: '%d %x %o %c' % (Ix(), Ix(), Ix(), Ix()))
t(lambda: '%d' % In())
t(lambda: '%x' % In())
t(lambda: '%f' % Fl())
t(lambda: '%d' % Fl())
t(lambda: '%f' % Ix())
t(lambda: '%e' % Both())
t(lambda: '%d' % Both())
t(lambda: '%s %r' % (MyInt(3), MyInt(3)))
t(lambda: '%d %x' % (MyInt(255), MyInt(255)))
t(lambda: '%c' % MyInt(65))
t(lambda: '%f' % MyInt(2))
t(lambda: '%.2f' % True)
t(lambda: '%x' % False)
t(lambda: format(Ix(), 'x'))
t(lambda: format(Fl(), 'f'))
t(lambda: f'{Ix():d}')
t(lambda: hex(Ix()))
t(lambda: bin(In()))
t(lambda: '{:d}'.format(MyInt(5)))
t(lambda: '{:.2f}'.format(MyInt(5)))
t(lambda: '{:c}'.format(MyInt(66)))
t(lambda: '%*d' % (Ix(), 1))
t(lambda: '%.*f' % (MyInt(2), 1.0))
t(lambda: '%*d' % (2.0, 1))
t(lambda: range(Ix()))
t(lambda: [0] * Ix() == [0] * 26)
t(lambda: 'abc'[Ix() - 25 if False else MyInt(1)])
t(lambda: chr(Ix() + 70))
t(lambda: chr(Ix()))
t(lambda: round(2.567, Ix() - 24 if False else MyInt(2)))
t(lambda: round(2.567, Ix()))
t(lambda: pow(2, Ix(), 1000))
t(lambda: pow(2, MyInt(10), MyInt(1000)))
t(lambda: (5).to_bytes(Ix(), 'big')[:2])
t(lambda: int('z', Ix() + 10))
t(lambda: bytes([Ix()]))
t(lambda: enumerate('ab', Ix()).__next__())
t(lambda: sorted([3, 1], reverse=Ix()))
