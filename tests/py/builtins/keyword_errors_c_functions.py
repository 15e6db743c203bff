def t(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print('TypeError', e)
t(lambda: min([1], foo=1))
t(lambda: max(foo=1))
t(lambda: sorted([1], foo=1))
t(lambda: [].sort(cmp=None))
t(lambda: int(foo=1))
t(lambda: int(x=1))
t(lambda: round(1, foo=2))
t(lambda: pow(1, 2, foo=3))
t(lambda: enumerate([], foo=1))
t(lambda: sum([], foo=1))
t(lambda: zip([1], foo=1))
t(lambda: (1).to_bytes(foo=1))
t(lambda: format(1, foo=1))
t(lambda: divmod(1, 2, foo=1))
