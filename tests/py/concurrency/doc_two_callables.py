# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
def routine():
    return 1

async def coro():
    return 1

print(routine())
c = coro()
print(type(c).__name__, repr(c).startswith("<coroutine object coro at 0x"))
print(run(coro()))
