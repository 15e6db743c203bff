# ValueError messages from conversions and methods.
def show(fn):
    try:
        fn()
    except ValueError as e:
        print(e)
show(lambda: int(""))
show(lambda: int("0x10"))
show(lambda: int("9", 8))
show(lambda: int("1", 99))
show(lambda: float(""))
show(lambda: "abc".index("z"))
show(lambda: (1, 2).index(3))
show(lambda: "a,b".split(""))
show(lambda: range(0, 10, 0))
