big = 3 ** 100
print(format(big, ','))
print(format(big, 'x'))
print(format(-big, '#b')[:40])
print(format(big, '_o'))
print(format(big, 'e'), format(big, '.3g'), format(big, '50'))
print(format(big, '.5f')[-12:])
