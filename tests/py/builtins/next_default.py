it = iter([1, 2])
print(next(it), next(it, 'd'), next(it, 'd'), next(it, None))
g = (x for x in 'ab')
print(next(g), next(g), next(g, 'end'))
try:
    next(iter([]))
except StopIteration as e:
    print('StopIteration', repr(e))
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
