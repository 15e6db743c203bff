print(float(2**53 + 1), float(2**53 + 3), float(-(2**54 + 2)), float(10**22), float(10**23))
for v in [2**1024 - 2**970, 2**1024 - 2**969, 2**1024, -(10**400)]:
    try:
        print(float(v))
    except OverflowError as e:
        print('OverflowError', e)
for f in [lambda: 2**1024 + 0.5, lambda: 2**1024 * 1.0, lambda: 2**1024 - 1e300]:
    try:
        print(f())
    except OverflowError as e:
        print('OverflowError', e)
print(2**1024 < 1e308, 2**1024 > float('inf'), 2**1024 == float('inf'), 1e308 < 2**1024)
