# Operations on set/frozenset subclasses return the plain base type.
class F(frozenset):
    pass

class S(set):
    pass

f, s = F([1, 2]), S([2, 3])
for r in (f | {9}, f & {1}, f - {1}, f ^ {3}, f.copy(), f.union([4]), s | {9}, s.copy(), s.difference([2])):
    print(type(r).__name__, sorted(r))
print(repr(F()), repr(S([1])), f == frozenset([1, 2]), isinstance(f, frozenset), hash(f) == hash(frozenset([1, 2])))
