# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# A plain def called from a coroutine sleeps; its caller sees an ordinary return.
def helper(x):
    sleep(0.01)
    return x * 2

async def worker(name, n):
    total = 0
    for i in range(n):
        total += helper(i)
        print(name, i)
    return total

print(gather(worker("a", 2), worker("b", 3)))
