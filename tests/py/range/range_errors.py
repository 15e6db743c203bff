# range() argument errors.
for args in [(1.5,), ("a",), ()]:
    try:
        range(*args)
    except TypeError as e:
        print("TypeError:", e)
