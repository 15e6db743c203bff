for args in [('12a',), ('',), (' ',), ('1 2',), ('0x10',), ('1e5',), ('١٢x',), ('10', 2), ('z', 35), (None,), (1.5, 10)]:
    try:
        print(int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
