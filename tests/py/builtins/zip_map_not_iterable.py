def t(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
t(lambda: list(zip(1)))
t(lambda: list(zip([], None)))
t(lambda: list(map(abs, 1)))
t(lambda: list(map(abs, [], 1)))
t(lambda: list(filter(None, 5)))
t(lambda: list(enumerate(3)))
t(lambda: list(reversed(3)))
t(lambda: iter(3.5))
