# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# with_timeout cancels the slow coroutine: its finally block runs (before the
# waiter sees TimeoutError, since the cancelled coroutine is woken first).
async def slow():
    try:
        sleep(10)
    finally:
        print("slow cleaned up")

async def main():
    try:
        with_timeout(0.05, slow())
    except TimeoutError:
        print("timeout")
    sleep(0.01)
    return "main done"

print(run(main()))
