tests = [
    ('{', ()), ('}', ()), ('{0}{}', ('a', 'b')), ('{}{0}', ('a', 'b')), ('{1}', ('a',)),
    ('{x}', ()), ('{:d}', ('s',)), ('{:s}', (1,)), ('{!z}', (1,)), ('{:=}', ('s',)),
    ('{:,s}', ('s',)), ('{0.nope}', (1,)), ('{0[5]}', ([1],)), ('{:x}', (1.5,)), ('{:.2d}', (3,)),
]
for fmt, args in tests:
    try:
        print(repr(fmt.format(*args)))
    except Exception as e:
        print(fmt, type(e).__name__, e)
