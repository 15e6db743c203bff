class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 2), round(5), round(5, 1), round(-2.5), round(True))
try:
    round('1')
except TypeError as e:
    print('TypeError', e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print('TypeError', e)
