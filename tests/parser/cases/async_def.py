async def f():
    pass
async def g(a, *b, **c) -> int:
    return await a
