print(pow(2, 10), pow(base=2, exp=5), pow(2, 5, mod=7), pow(-2, 3), pow(2.5, 2))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError', e)
try:
    pow(1.5, 2, 3)
except TypeError as e:
    print('TypeError', e)
