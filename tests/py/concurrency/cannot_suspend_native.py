# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# A yielding builtin called from native code (here: through map) cannot park the task.
async def main():
    try:
        list(map(sleep, [0]))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "still running"

print(run(main()))
