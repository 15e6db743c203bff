class MyInt(int):
    def __repr__(self):
        return f'MyInt({int(self)})'
m = MyInt(5)
def show(v):
    return f'{v!r}:{type(v).__name__}'
print(show(m), show(+m), show(-m), show(abs(MyInt(-3))), show(m + 1), show(m * m), show(m // 2))
print(show(int(m)), show(m.__int__()), show(m.__index__()), show(round(m)), show(round(m, 1)), show(round(m, -1)))
print(show(m.conjugate()), show(m.real), show(m.numerator), show(m.denominator), m.as_integer_ratio())
print(show(MyInt.from_bytes(b'\x01\x00', 'big')), show(bool.from_bytes(b'\x01', 'big')), show(bool.from_bytes(b'\x00', 'big')))
print(show(MyInt('12', 8)), show(MyInt(2.9)), show(MyInt()), float(m), divmod(m, 2), pow(m, 2, 3))
print(m == 5, hash(m) == hash(5), {m: 'x'}[5], [10, 20, 30][MyInt(1)], 'ab' * MyInt(2), list(range(MyInt(3))))
print(format(m, 'b'), hex(m), f'{m}', f'{m:>4}', '%d|%s|%r' % (m, m, m), str(m))
