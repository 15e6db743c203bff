# raise with instances and classes.
try:
    raise ValueError("an instance")
except ValueError as e:
    print(type(e).__name__, e)
try:
    raise KeyError
except KeyError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(e, e.args, repr(e))
