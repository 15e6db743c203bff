for call in [lambda: len(), lambda: len(1, 2), lambda: abs(1, 2), lambda: chr(), lambda: isinstance(1), lambda: sorted([], 1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
