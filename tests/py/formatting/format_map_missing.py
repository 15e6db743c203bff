class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y} {z}'.format_map(D(x=1)))
print('{a}-{b}'.format_map({'a': 'A', 'b': 'B'}), 'plain'.format_map({}))
try:
    '{q}'.format_map({})
except KeyError as e:
    print('KeyError', e)
try:
    '{}'.format_map({})
except ValueError as e:
    print('ValueError', e)
