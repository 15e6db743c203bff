d = {'a': 1, 'b': [2]}
print(d.keys(), d.values(), d.items())
print(repr({}.keys()), list(d.items()))
print(str(d), str({}))
