for a in [7.5, -7.5, 0.0, -0.0]:
    for b in [2.0, -2.0]:
        print(a, b, a // b, a % b, divmod(a, b))
print(5 % -0.5, -5 % 0.3, 1e300 % 7, divmod(7, 2.5), 3.0 // 0.1, 3.0 % 0.1)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
