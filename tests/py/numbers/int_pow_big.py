print(2 ** 200)
print((-3) ** 41)
print(7 ** 0, 0 ** 0, (-1) ** 1001, 10 ** 30)
print(2 ** -1, 2 ** -3, (-2) ** -2, 10 ** -5)
print(len(str(9 ** 999)))
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
