# dir() with too many arguments.
try:
    dir(1, 2)
except TypeError as e:
    print(e)
