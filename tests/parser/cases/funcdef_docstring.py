def f():
    """Docstring."""
    return 1
def g():
    'single'
