async def f():
    async with await g() as h:
        pass
    async for i in await j():
        pass
    k = [await x async for x in y if await z]
