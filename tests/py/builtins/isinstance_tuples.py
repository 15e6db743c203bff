print(isinstance(1, (str, int)), isinstance(1.0, (int, str)), isinstance('s', ((int,), (float, str))))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance([], (list, tuple)))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(bool, (str, (float, int))))
print(isinstance(1, ()), issubclass(int, ()), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, (LookupError,)))
for call in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: isinstance(1, (int, 1))]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
