print(list(), list('ab'), list(range(3)), list({'a': 1}), list((1, 2)), tuple([1]), tuple('xy'), tuple())
print(list(x for x in [1, 2]), tuple(iter([3])), list(b'ab'), list({1: 2}.items()))
for v in [1, None]:
    try:
        list(v)
    except TypeError as e:
        print('TypeError', e)
