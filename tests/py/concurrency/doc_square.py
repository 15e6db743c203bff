# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def square(n):
    return n * n

print(run(square(5)))
