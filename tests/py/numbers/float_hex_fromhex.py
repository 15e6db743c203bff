for v in [1.0, 0.5, -2.0, 0.1, 3.14159, 1e-310, 5e-324, 1.7976931348623157e308, 0.0, -0.0]:
    print(v.hex())
for s in ['0x1p0', '0x1.8p1', '-0x1.fffffffffffffp+1023', '0x.8', '0x1p-1074', '  0X1P+4  ', 'inf', '-nan', '0x1.0000000000000fp0', '1']:
    print(float.fromhex(s))
for s in ['0x1p99999', 'zz', '']:
    try:
        print(float.fromhex(s))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
