# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def slow():
    sleep(10)
    return "never"

try:
    with_timeout(0.1, slow())
except TimeoutError:
    print("timed out")
