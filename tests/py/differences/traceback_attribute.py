# edge-differs: traceback objects are not modelled; the VM records and prints
# tracebacks itself, so e.__traceback__ is None (CPython: a traceback object).
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__ is None)
