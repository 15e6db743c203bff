print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', start=-5)))
print(list(enumerate([], 10)), list(enumerate(range(3), 2**70))[:1])
e = enumerate(x * x for x in range(3))
print(next(e), next(e), list(e))
try:
    enumerate([1], 'a')
except TypeError as e:
    print('TypeError', e)
