# ZeroDivisionError messages by operation and type.
for fn in [lambda: 5 / 0, lambda: 5 // 0, lambda: 5 % 0, lambda: 5.0 / 0, lambda: 5 // 0.0, lambda: 5.5 % 0, lambda: pow(0, -1), lambda: 0 ** -1, lambda: 0.0 ** -1]:
    try:
        fn()
    except ZeroDivisionError as e:
        print(e)
