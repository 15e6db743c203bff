# Sort stability over thousands of records (forward and reverse), NaNs, mutation during sort, and user __lt__/__gt__.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
xs = [(i * 7919) % 1000 for i in range(3000)]
recs = [(v % 10, i) for i, v in enumerate(xs)]
s1 = sorted(recs, key=lambda r: r[0])
print(s1[:5], s1[-5:], all(s1[i][1] < s1[i + 1][1] for i in range(len(s1) - 1) if s1[i][0] == s1[i + 1][0]))
s2 = sorted(recs, key=lambda r: r[0], reverse=True)
print(s2[:5], all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]))
print(sorted(xs)[::300], sorted(xs, reverse=True)[::300])
nan = float('nan')
print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1]), max([nan, 1]), min([1, nan]))
lst = [3, 2, 1]
def bad(x):
    lst.append(x)
    return x
t(lambda: lst.sort(key=bad))
print(lst)
t(lambda: sorted([1, 'a'], key=lambda v: v))
t(lambda: sorted([(1, 'a'), (1, 2)]))
t(lambda: sorted([{1}, {2}, {1, 2}]))
t(lambda: sorted([[1, 2], [1], []], key=len, reverse=True))
t(lambda: sorted('Banana', key=str.lower))
t(lambda: sorted([True, False, 0, 1, -1]))
t(lambda: sorted([1.0, 1, True], reverse=True))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
t(lambda: sorted([K(3), K(1), K(2)]))
t(lambda: max([K(3), K(1), K(5)]))
t(lambda: min([K(3), K(1), K(5)]))
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
t(lambda: sorted([G(3), G(1), G(2)]))
t(lambda: max([G(3), G(1)]))
