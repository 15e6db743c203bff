for v in [0, 1, 255, -255, 4096]:
    print(format(v, 'b'), format(v, 'o'), format(v, 'x'), format(v, 'X'), format(v, 'd'), format(v, 'n'))
for v in [10, -10]:
    print(format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'))
