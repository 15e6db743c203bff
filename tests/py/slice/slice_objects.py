# Slice objects and their attributes.
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
xs = list(range(10))
print(xs[s], "abcdefghij"[s], tuple(xs)[slice(3)], xs[slice(None, None, -1)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
