print(int(b' 12 '), int(bytearray(b'7')), int('𝟙𝟚'), int('1' + '0' * 30, 16), int(b'ff', 16), int(b'0x10', 0))
for v in ['\x00', '1\x00', b'\xff', '١٢x']:
    try:
        print(int(v))
    except ValueError as e:
        print('ValueError', e)
