def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
t(lambda: round(1, 2, 3))
t(lambda: pow(1, 2, 3, 4))
t(lambda: int(1, 2, 3))
t(lambda: (1).to_bytes(1, 'big', 1))
t(lambda: int.from_bytes(b'', 'big', 1))
t(lambda: sorted([], 1))
t(lambda: [].sort(1))
t(lambda: enumerate(1, 2, 3))
t(lambda: enumerate())
t(lambda: sum(1, 2, 3))
t(lambda: format(1, 2, 3))
t(lambda: round())
t(lambda: pow(1))
