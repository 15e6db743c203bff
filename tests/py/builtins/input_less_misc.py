print(type(len).__name__, type(print).__name__, len.__name__, print.__name__)
print(repr(abs)[:25], str(max).startswith('<built-in function max'))
