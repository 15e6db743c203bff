for v, n in [(0, 1), (-128, 1), (127, 1), (-32768, 2), (2**70 - 1, 9), (-(2**70), 9)]:
    b = v.to_bytes(n, 'little', signed=True)
    print(v, b, int.from_bytes(b, 'little', signed=True))
for v, n in [(128, 1), (-129, 1), (2**71, 9)]:
    try:
        v.to_bytes(n, 'little', signed=True)
    except OverflowError as e:
        print('OverflowError', e)
print(int.from_bytes(b'\xff' * 9, 'little', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
for f in [lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'), lambda: int.from_bytes([256], 'big')]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
