for s in ['0x1.fffffffffffff7p1023', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022',
          '-0x0p0', '0x1.p1', '0xA.8', ' 0x1 ', 'infinity', '-Inf', '0x1.000000000000080p0', '0x1.000000000000180p0']:
    print(repr(s), float.fromhex(s))
for s in ['0x1.fffffffffffff8p1023', '0x.p1', '0x1p', '0x1g']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((1e-320).hex(), (-0.0).hex(), float('inf').hex(), float('nan').hex(), (2.0**-1022).hex())
