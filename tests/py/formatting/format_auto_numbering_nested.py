print('{:{}}|{:{}}'.format('a', 5, 'b', 3))
print('{:{}.{}}'.format(3.14159, 8, 3))
print('{0:{1}}|{1}'.format('x', 4))
print('{}{}{}'.format(*'abc'), '{2}{0}'.format(*range(3)))
try:
    print('{:{:{}}}'.format(1, 2, 3))
except ValueError as e:
    print('ValueError', e)
