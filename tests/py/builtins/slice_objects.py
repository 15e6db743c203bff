s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None, -1))
print(list(range(20))[s], 'abcdefghij'[slice(None, None, -2)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
xs = list(range(10))
xs[slice(0, 4)] = ['a']
print(xs)
del xs[slice(None, None, 3)]
print(xs)
