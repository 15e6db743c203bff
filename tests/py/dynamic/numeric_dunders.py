# The numeric protocol methods of int and float, called directly.
print((-5).__abs__(), (7).__int__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__())
print((1234).__round__(-2), (7).__round__(), (7).__divmod__(2), (7).__rdivmod__(30))
print((7).__divmod__(2.0), (7).__getnewargs__(), True.__abs__(), True.__int__())
print((-2.5).__abs__(), (2.7).__int__(), (-2.7).__trunc__(), (2.5).__floor__(), (2.1).__ceil__())
print((2.675).__round__(2), (2.5).__round__(), (7.5).__divmod__(2), (7.5).__rdivmod__(20))
print((1.5).__getnewargs__(), (1.5).__divmod__("x"), float.__getformat__("double"))
try:
    float("nan").__floor__()
except ValueError as e:
    print(e)
try:
    float("inf").__trunc__()
except OverflowError as e:
    print(e)
print(str.__getnewargs__("ab"), tuple.__getnewargs__((1, 2)), bytes.__getnewargs__(b"x"), bytes.__bytes__(b"x"))
