print(5 == 5.0, 5 is not None, 5 != '5', 0 < True, [1] == [1.0], (1, 2) < (1, 2.5))
print(2**100 > 2**99, -(2**100) < -(2**99), 2**100 == 2**100, 2**64 > -1)
try:
    1 < 'a'
except TypeError as e:
    print('TypeError', e)
try:
    None > 1
except TypeError as e:
    print('TypeError', e)
