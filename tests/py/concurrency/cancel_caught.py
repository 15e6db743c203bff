# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# A coroutine may catch CancelledError and return a value instead.
async def stubborn():
    try:
        sleep(5)
    except CancelledError:
        return "handled cancel"

async def main():
    s = stubborn()
    async def stopper():
        sleep(0.01)
        cancel(s)
    return gather(s, stopper())

print(run(main()))
