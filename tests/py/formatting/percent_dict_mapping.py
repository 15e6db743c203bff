d = {'name': 'Ann', 'age': 31, 'score': 0.875}
print('%(name)s is %(age)d' % d)
print('%(name)-6s|%(age)05d|%(score).1f%%' % d)
print('%(score)8.3f %(name)r' % d)
print('%(name)s %(name)s' % d)
print('%(a)s' % {'a': [1, 2]})
print('%s' % {'k': 1})
