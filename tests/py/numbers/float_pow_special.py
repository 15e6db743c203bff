print(0.0 ** 0, (-1.0) ** float('inf'), 1.0 ** float('nan'), float('nan') ** 0, 2.0 ** -1075, (-2.0) ** 3, (-2.0) ** -3)
print(float('inf') ** -1, (-float('inf')) ** 3, (-float('inf')) ** 2, 0.5 ** float('inf'), 2.0 ** float('-inf'))
for f in [lambda: 0 ** -1.0, lambda: 10.0 ** 400, lambda: (-10.0) ** 401]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
