def g():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    y = yield 1
    z = yield from it
    w = (yield)
    f((yield))
    await_ = [(yield x)]
