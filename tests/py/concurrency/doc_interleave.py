# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def task(name):
    print(f"{name} step 1")
    sleep(0) # yield to the scheduler
    print(f"{name} step 2")

run(task("a"), task("b"))
