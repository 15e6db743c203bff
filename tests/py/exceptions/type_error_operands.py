# TypeError messages for unsupported operand types.
def show(fn):
    try:
        fn()
    except TypeError as e:
        print(e)
show(lambda: 1 + "a")
show(lambda: "a" - "b")
show(lambda: [1] * 1.5)
show(lambda: {} + {})
show(lambda: None + 1)
show(lambda: 1 < None)
show(lambda: [] > 0)
show(lambda: -"x")
show(lambda: ~1.5)
show(lambda: 2 ** "a")
show(lambda: 3 & 1.0)
show(lambda: (1, 2) + [3])
show(lambda: len(5))
show(lambda: "abc" * "d")
