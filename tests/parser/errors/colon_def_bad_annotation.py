def f() -> import:
    pass
