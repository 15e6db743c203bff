print(list(range(0)), list(range(-3)), list(range(2, -4, -2)), range(10)[3], range(10)[-1], range(0, 10, 3)[1:])
print(len(range(0, 100, 7)), 49 in range(0, 100, 7), range(5) == range(0, 5, 1), range(10).index(4), range(3).count(1))
for args in [(1, 2, 0), (1.5,), ('a',)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
