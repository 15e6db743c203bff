print(round(1.7976931348623157e308, -300), round(5e-324, 323), round(5e-324, 324), round(0.5e-10, 10))
print(round(123.456, 400), round(123.456, -400), round(10**50 + 0.0, -49), round(-0.0), round(-0.4), round(-0.4, 0))
print(round(7, 10**6), round(-(10**30) - 5 * 10**9, -10), round(15, -1), round(25, -1), round(-35, -1))
for nd in [-308, -309, -400]:
    try:
        print(round(1.7976931348623157e308, nd))
    except OverflowError as e:
        print('OverflowError', e)
