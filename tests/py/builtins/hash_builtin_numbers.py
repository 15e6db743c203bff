print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(0.5), hash(-0.5), hash(1e100) == hash(10**100), hash(()), hash((1, 2)), hash((1, (2, 3))))
print(hash(True), hash(None) == hash(None), hash(frozenset()) == hash(frozenset()), hash(3.0) == hash(3))
for v in [[1], {}, {1}, (1, [2])]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
