print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0b101', 2), int('0o17', 8), int('z', 36))
print(int('  -42  '), int('+7'), int('1_000_000'), int('0x_ff', 16), int('10', 0) , int('-0b11', 0))
print(int('0x1F', 0), int('0o777', 0), int('0', 0), int('000', 0), int('1_0', 0), int('Zz', 36))
print(int('٣٤'), int('\u0661\u0662', 10), int('\t\n12\r '))
for s, b in [('', 10), ('1__0', 10), ('_1', 10), ('1_', 10), ('012', 0), ('0x', 16), ('12', 1), ('12', 37), ('9', 8), ('1.5', 10), ('0b2', 0), ('- 1', 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
