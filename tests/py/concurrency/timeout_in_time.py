# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def quick():
    sleep(0.01)
    return "quick result"

print(with_timeout(1, quick()))
