print(0.1 + 0.2, 1.1 * 3, 1e308 * 10, -1e308 * 10, 1e-320 / 10, 2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 'skip')
print(10 ** -2, 2.0 ** -1074, 2.0 ** 1023 * 2 if False else 1.0, abs(-0.0), -(0.0))
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
