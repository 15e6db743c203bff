# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# run(c1, c2) returns the first coroutine's result; the others run alongside.
async def first():
    sleep(0.01)
    return "first"

async def second():
    print("second runs")
    return "second"

print(run(first(), second()))
