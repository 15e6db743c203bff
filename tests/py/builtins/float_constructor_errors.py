for v in ['x', '1,5', '--1', '1e1000', '-1e1000', 'nan ', '  ', '0x1p3', '1_000', '1__000', b'1.5']:
    try:
        print(float(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
