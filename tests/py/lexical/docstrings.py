def f():
    """Function docstring."""
    return 1
def g():
    return 2
print(f.__doc__)
print(g.__doc__)
print(f())
