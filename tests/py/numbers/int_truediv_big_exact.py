print(10**100 / 10**99, (10**400 + 1) / 10**399, 2**1100 / 2**1000, 1 / 2**1100, 2**1024 / 2)
print((2**53 + 1) / 1, 10**22 / 10**21, (3**200) / (3**199), -(7**300) / 7**299)
for a, b in [(2**1100, 3), (1, 2**-1 if False else 10**400)]:
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError', e)
