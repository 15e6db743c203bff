async def f():
    async for x in y:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    async with (a as b, c):
        pass
