cases = [('%d', 'x'), ('%z', 1), ('%(k)s', 1), ('%(k)s', {}), ('%c', 'ab'), ('%c', -1),
         ('%', ()), ('%d', []), ('%x', 1.5), ('%*d', ('a', 1)), ('%f', 'x'), ('%s %(a)s', {'a': 1})]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
