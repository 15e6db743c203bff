# Exceptions raised inside exec'd code reach the caller.
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("caught:", e)
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("caught:", repr(e))
