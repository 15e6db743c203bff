for v in [0, -0, 1, -1, 7, -8, 2**31, -(2**63), 10**25]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()), bin(True))
for v in [1.5, '1', None]:
    try:
        hex(v)
    except TypeError as e:
        print('TypeError', e)
