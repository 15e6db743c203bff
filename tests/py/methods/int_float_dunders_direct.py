# Calling numeric dunder methods directly returns NotImplemented for foreign types.
print((3).__add__(4), (3).__add__(4.0), (3).__radd__(1), (2.0).__mul__(3), (2.0).__rsub__(5))
print((7).__floordiv__(2), (7).__mod__(-2), (7).__pow__(2), (2).__rpow__(3), (5).__neg__(), (5).__invert__())
print((1).__eq__(1.0), (1).__lt__(2), (1.5).__ge__(1), (10).__divmod__(3), (10.0).__rdivmod__(31))
print(int.__add__(1, 2), float.__truediv__(1.0, 4), (3).__bool__(), (0.0).__bool__(), (3).__abs__(), (-3.5).__abs__())
