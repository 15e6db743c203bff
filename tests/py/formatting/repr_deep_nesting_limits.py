x = [1]
for _ in range(150):
    x = [x]
print(len(repr(x)), repr(x)[:5], repr(x)[-5:])
d = {}
cur = d
for i in range(100):
    cur['k'] = {}
    cur = cur['k']
print(len(str(d)))
y = [1]
for _ in range(100000):
    y = [y]
try:
    repr(y)
except RecursionError as e:
    print('RecursionError', e)
class BadRepr:
    def __repr__(self):
        return 5
for f in (repr, str, lambda o: '%r' % o, lambda o: f'{o!r}', lambda o: repr([o])):
    try:
        f(BadRepr())
    except TypeError as e:
        print('TypeError', e)
class NoneStr:
    def __str__(self):
        return None
for f in (str, print, lambda o: f'{o}', lambda o: '%s' % o):
    try:
        f(NoneStr())
    except TypeError as e:
        print('TypeError', e)
