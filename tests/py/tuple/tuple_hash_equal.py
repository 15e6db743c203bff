# Equal tuples hash equal; nested tuples are hashable.
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(()))
print(hash((1, 2)) == hash((1.0, 2)), {(1, 2): "a"}[(1.0, 2.0)])
