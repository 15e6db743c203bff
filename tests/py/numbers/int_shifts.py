print(1 << 100, (1 << 100) >> 99, -1 >> 10, -1 << 10, -5 >> 1, -(2**70) >> 3)
print(5 >> 100, -5 >> 100, 0 << 1000, 12345 >> 0)
print((3 ** 50) >> 17, (-(3 ** 50)) >> 17, (3**50) << 3)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -5
except ValueError as e:
    print('ValueError', e)
