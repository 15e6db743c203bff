def table(rows, widths, aligns):
    for row in rows:
        cells = [f'{c:{a}{w}}' for c, w, a in zip(row, widths, aligns)]
        print('|'.join(cells) + '|')
table([('id', 'name', 'score'), (1, 'ann', 9.5), (22, 'bob', 10.25)], [4, 6, 8], ['>', '<', '^'])
for prec in range(4):
    print(f'{3.14159:.{prec}f}', '{:.{}f}'.format(2.71828, prec), '%.*f' % (prec, 1.41421))
