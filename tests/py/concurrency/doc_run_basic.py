# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def main():
    sleep(0.01)
    return "ok"

print(run(main()))
