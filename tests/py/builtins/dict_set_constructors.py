print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', [1, 2])))
print(set(), set('aab') == {'a', 'b'}, sorted(set([3, 1, 3])), frozenset([1, 1]), set(range(3)))
for v in [[1, 2], [(1, 2, 3)], 5]:
    try:
        dict(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
