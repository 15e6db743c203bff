# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# cancel(): the coroutine sees CancelledError at its suspension point, so finally runs.
async def victim():
    try:
        print("victim sleeping")
        sleep(1)
        print("never printed")
    finally:
        print("victim cleanup")

async def canceller(v):
    sleep(0.1)
    cancel(v)
    return "cancelled it"

v = victim()
try:
    print(gather(v, canceller(v)))
except CancelledError:
    print("gather raised CancelledError")
