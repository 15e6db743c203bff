print(1 / 3 * 3, 2 / 3, 10 / 3, -10 / 3, 1e308 / 1e-10, 1 / 1e-320)
print(7.0 // 0.5, -7.0 // 0.5, 7.5 % 2, -7.5 % 2, 7.5 % -2)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
