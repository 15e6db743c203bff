# vars() of an object without __dict__, and too many arguments.
for args in ((1,), ("s",), ([],), (1, 2)):
    try:
        vars(*args)
    except TypeError as e:
        print(e)
