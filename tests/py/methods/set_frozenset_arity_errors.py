# Argument errors of set and frozenset methods name the receiving type.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for o in (set(), frozenset()):
    t(lambda: o.copy(1))
    t(lambda: o.symmetric_difference(1, 2))
    t(lambda: o.issubset())
    t(lambda: o.issuperset(1, 2))
    t(lambda: o.isdisjoint())
    t(lambda: o.union(x=1))
    t(lambda: o.difference(x=1))
    t(lambda: o.intersection(x=1))
t(lambda: set().add())
t(lambda: set().update(x=1))
