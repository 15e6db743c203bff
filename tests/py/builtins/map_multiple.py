print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(map(str.upper, 'ab')))
print(list(map(max, [1, 9], [5, 2], [3, 3])), list(map(int, ['1', '22'])))
m = map(lambda x: x * 2, range(3))
print(next(m), list(m), list(m))
try:
    map(len)
except TypeError as e:
    print('TypeError', e)
