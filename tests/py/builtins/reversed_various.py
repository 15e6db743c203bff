print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
print(list(reversed(range(10, 0, -3))), list(reversed({'a': 1, 'b': 2})), list(reversed([])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
for v in [{1, 2}, 5, (x for x in [1])]:
    try:
        reversed(v)
    except TypeError as e:
        print('TypeError', e)
