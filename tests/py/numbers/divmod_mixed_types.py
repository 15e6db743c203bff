print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(-7, 2.0), divmod(True, 2))
print(divmod(2**100, 3), divmod(-(2**100), 7))
print(divmod(1e308, 1e-308)[1], divmod(0.0, 1))
for a in [(1, 0), (1.0, 0), ('a', 1)]:
    try:
        divmod(*a)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
