# Very large ranges: membership and indexing work without materialising; len may overflow.
r = range(0, 2**60, 3)
print(r[-1], r[10**15], 3 * 10**15 in r, 3 * 10**15 + 1 in r, r.index(3 * 10**12))
print(len(range(2**40)), bool(range(2**40)), range(10**18)[-1])
print(reversed(range(10**18)).__next__(), range(5, 10**17)[-1], range(10**17, 0, -1)[-1])
