# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# await on coroutines (run inline) and on the yielding builtins (their value passes through).
async def inner(x):
    await sleep(0)
    return x + 1

async def outer():
    a = await inner(1)
    b = await sleep(0)
    c = await inner(await inner(10))
    return a, b, c

print(run(outer()))
async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)
