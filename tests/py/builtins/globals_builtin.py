x = 10
g = globals()
print(g['x'], 'x' in g, g['__name__'])
g['y'] = 20
print(y)
