o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object), isinstance(1, object))
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    object(1)
except TypeError as e:
    print('TypeError', e)
print(object.__name__, str(o).startswith('<object object at'), issubclass(int, object))
