print(list(zip([1, 2], 'ab', strict=True)))
print(list(zip(strict=True)), list(zip([1, 2, 3], 'ab')))
for a, b in [([1, 2, 3], 'ab'), ([1], 'ab')]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print('ValueError', e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1], [1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
