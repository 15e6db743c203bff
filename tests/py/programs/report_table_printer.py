rows = [
    ('Widget', 4, 3.5),
    ('Gadget Pro', 12, 129.99),
    ('Thingamajig', 1, 0.5),
    ('Doohickey', 250, 12.125),
    ('Sprocket', 37, 1234.0),
]
headers = ('Item', 'Qty', 'Unit', 'Total')
table = [(name, qty, price, qty * price) for name, qty, price in rows]
w_name = max(len(headers[0]), *(len(r[0]) for r in table))
w_qty = max(len(headers[1]), *(len(f'{r[1]:,}') for r in table))
w_unit = max(len(headers[2]), *(len(f'{r[2]:,.2f}') for r in table))
w_tot = max(len(headers[3]), *(len(f'{r[3]:,.2f}') for r in table))
line = '+' + '+'.join('-' * (w + 2) for w in (w_name, w_qty, w_unit, w_tot)) + '+'
print(line)
print(f'| {headers[0]:<{w_name}} | {headers[1]:>{w_qty}} | {headers[2]:>{w_unit}} | {headers[3]:>{w_tot}} |')
print(line.replace('-', '='))
for name, qty, unit, tot in table:
    print(f'| {name:<{w_name}} | {qty:>{w_qty},} | {unit:>{w_unit},.2f} | {tot:>{w_tot},.2f} |')
print(line)
grand = sum(r[3] for r in table)
label = 'Grand total'
print(f'| {label:<{w_name + w_qty + w_unit + 6}} | {grand:>{w_tot},.2f} |')
print(line)
share = [(r[0], r[3] / grand) for r in table]
for name, s in sorted(share, key=lambda t: -t[1]):
    bar = '#' * round(s * 40)
    print('%-12s %6.2f%% %s' % (name, s * 100, bar))
