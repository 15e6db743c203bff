for s in ['0b_1', '00_0', '0B1', '0o17', '0x_dead_BEEF', '1_000', '-0x10', ' +0o7 ']:
    print(repr(s), int(s, 0))
for s in ['0_7', '07', '0o8', '0b2', '0x', '_1', '1__0', '0x__1']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: int('0X1', 16), lambda: int('0x1', 10), lambda: int('1', 2**70), lambda: int('1', 0.5), lambda: int('1', -1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
