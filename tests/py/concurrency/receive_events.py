# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# receive() takes events pushed by the host (here: the runner's --events file).
async def listener(n):
    got = []
    for _ in range(n):
        got.append(receive())
    return got

print(run(listener(2)))
print(await_value := receive())
