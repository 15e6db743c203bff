class It:
    def __init__(self, *vals): self.vals = vals
    def __iter__(self): return iter(self.vals)
print(sorted(It(3, 1, 2)), max(It(3, 1, 2)), min(It('b', 'a')), sum(It(1, 2, 3)), sum(It([1], [2]), []))
print(dict.fromkeys(It('a', 'b')), list(zip(It(1, 2), It('x', 'y'))), list(enumerate(It('p'), 5)))
class BadIt:
    def __iter__(self): return 5
for f in [lambda: list(BadIt()), lambda: iter(BadIt()), lambda: sum(BadIt())]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
class Rev:
    def __reversed__(self): return iter('cba')
print(list(reversed(Rev())))
