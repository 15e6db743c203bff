# Handlers match subclasses.
cases = [
    (lambda: {}["k"], LookupError),
    (lambda: [][0], LookupError),
    (lambda: 1 / 0, ArithmeticError),
    (lambda: int("x"), ValueError),
    (lambda: undefined_name, NameError),
    (lambda: None.attr, AttributeError),
    (lambda: 2.0 ** 5000, ArithmeticError),
]
for fn, base in cases:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError),
      issubclass(ValueError, Exception), issubclass(Exception, BaseException),
      issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception),
      issubclass(ModuleNotFoundError, ImportError), issubclass(IndexError, KeyError))
