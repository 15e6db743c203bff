DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'

def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f'base must be in 2..36, got {base}')
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))

def from_base(s, base):
    s = s.strip().lower()
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    v = 0
    for ch in s:
        d = DIGITS.index(ch)
        if d >= base:
            raise ValueError(f'digit {ch!r} out of range for base {base}')
        v = v * base + d
    return -v if neg else v

values = [0, 1, 255, -255, 65535, 2**64, -(3**40), 123456789]
for v in values:
    row = [to_base(v, b) for b in (2, 8, 16, 36)]
    builtin = [format(v, 'b'), format(v, 'o'), format(v, 'x')]
    ok = row[:3] == builtin and all(from_base(r, b) == v for r, b in zip(row, (2, 8, 16, 36)))
    ok = ok and int(row[3], 36) == v
    print(f'{v:>22} | {row[1]:>24} | {row[2]:>18} | {row[3]:>14} | {ok}')
for bad in [('12', 2), ('zz', 35)]:
    try:
        from_base(*bad)
    except ValueError as e:
        print('error:', e)
try:
    to_base(5, 1)
except ValueError as e:
    print('error:', e)
