print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 2**100 / 2**99, (10**40 + 1) / 10**20)
print(10**400 // 10**399, (10**400 + 5) / (10**399))
try:
    print(10**400 / 3)
except OverflowError as e:
    print('OverflowError', e)
try:
    1 / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 // 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 % 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
