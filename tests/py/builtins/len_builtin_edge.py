class L:
    def __len__(self): return 5
print(len(L()), len(''), len('日本'), len(b'\x00\x01'), len({1: 2}), len(range(1, 10, 2)), len([[], []]))
for v in [5, None, iter([1])]:
    try:
        len(v)
    except TypeError as e:
        print('TypeError', e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print('ValueError', e)
