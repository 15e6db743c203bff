async def f():
    await x
    a = await y
    b = await x.y()
    c = await x ** 2
    d = -await x
    e = [await z for z in w]
    return await g()
