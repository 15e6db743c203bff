print(hash(1) == hash(1.0), hash(0) == hash(-0.0), hash(2**61 - 1), hash(2**61), hash(-1), hash(-2))
print(hash(2**100) == hash(float(2**100)), hash(1.5), hash(-1.5), hash(True) == hash(1))
print(hash(10**30) == hash(float(10**30)), hash(float('inf')), hash(float('-inf')))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print(len({0, 0.0, False, -0.0}))
