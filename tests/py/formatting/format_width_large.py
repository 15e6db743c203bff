print(repr(format(1, '30')))
print(repr(format('x', '^31')))
print(repr(format(-1.5, '+025.3f')))
print(len(format(7, '200')))
