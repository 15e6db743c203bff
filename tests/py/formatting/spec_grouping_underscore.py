for v in [1000, -1234567, 2**40]:
    print(format(v, '_'), format(v, '_d'), format(v, '_x'), format(v, '_b'), format(v, '_o'))
print(format(1234567.25, '_.1f'))
print(format(0xdeadbeef, '#_x'), format(0xdeadbeef, '#_X'))
print(format(1234, '012_'))
