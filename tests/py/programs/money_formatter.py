def money(cents, symbol='$', sep=',', dec='.'):
    neg = cents < 0
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    s = f'{whole:,}'.replace(',', sep)
    out = f'{symbol}{s}{dec}{frac:02d}'
    return f'({out})' if neg else out

def parse_money(text):
    t = text.strip().replace('$', '').replace(',', '')
    neg = t.startswith('(') and t.endswith(')')
    t = t.strip('()')
    if '.' in t:
        whole, frac = t.split('.')
        frac = (frac + '00')[:2]
    else:
        whole, frac = t, '00'
    v = int(whole or '0') * 100 + int(frac)
    return -v if neg else v

amounts = [0, 5, 99, 100, 123456, -98765, 100000000, -1, 10**15 + 7]
for a in amounts:
    s = money(a)
    e = money(a, symbol='€', sep='.', dec=',')
    print(f'{a:>18} -> {s:>26} | {e:>26} | back={parse_money(s) == a}')

def split_evenly(total_cents, n):
    base, extra = divmod(total_cents, n)
    return [base + (1 if i < extra else 0) for i in range(n)]

for total, n in [(1000, 3), (1, 4), (99999, 7)]:
    parts = split_evenly(total, n)
    print(money(total), '/', n, '=', ', '.join(money(p) for p in parts), sum(parts) == total)

rate = 0.0725
for price in [1999, 45, 100000]:
    tax = round(price * rate)
    print(f'{money(price):>12} + tax {money(tax):>10} = {money(price + tax):>12}')
