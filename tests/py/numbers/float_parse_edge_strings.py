for s in ['1' * 400, '0.' + '0' * 400 + '1', '1e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
          '1.7976931348623158e308', '1.7976931348623159e308', 'nAn', '-InFiNiTy', '1.5e3_0', '1_0.5_0', '+.5', '-.5e-3']:
    print(float(s))
for s in ['infinit', '1e+', '+.e1', '0x1p1', '1._5', '1e5.5', '..1', 'in f']:
    try:
        float(s)
    except ValueError as e:
        print('ValueError', e)
