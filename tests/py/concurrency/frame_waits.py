# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def animate():
    for i in range(3):
        frame()
        print("frame", i)
    return "animated"

print(run(animate()))
