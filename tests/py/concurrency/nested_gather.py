# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def leaf(n):
    sleep(0.001 * n)
    return n

async def branch(base):
    return gather(leaf(base), leaf(base + 1))

print(gather(branch(1), branch(10), branch(20)))
