print((5).__abs__(), (-5).__abs__(), (7).__int__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((-2.5).__abs__(), (2.7).__int__(), (-2.7).__trunc__(), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__ceil__())
print((17).__divmod__(5), (17).__rdivmod__(5), (17).__divmod__(2.0), (7.5).__divmod__(2), (7.5).__rdivmod__(2))
print((1234).__round__(), (1234).__round__(-2), (2.675).__round__(2), (2.5).__round__())
print(hasattr(3, '__round__'), hasattr(3.0, '__trunc__'), hasattr(True, '__abs__'), True.__abs__())
try:
    float('nan').__floor__()
except ValueError as e:
    print('ValueError', e)
try:
    float('inf').__int__()
except OverflowError as e:
    print('OverflowError', e)
