# Messages of common built-in errors.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: divmod(1, 0))
show(lambda: [1, 2][5])
show(lambda: (1,)[-2])
show(lambda: "ab"[9])
show(lambda: {"a": 1}["b"])
show(lambda: int("12x"))
show(lambda: int("3.5"))
show(lambda: float("abc"))
show(lambda: [].pop())
show(lambda: [1].index(2))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: None.foo)
show(lambda: (5).foo)
show(lambda: "x".nope())
