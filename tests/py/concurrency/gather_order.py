# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# Results come back in argument order whatever the finishing order; the first error
# in argument order wins, after every peer has finished.
async def finish(name, delay, fail=False):
    sleep(delay)
    print("finished", name)
    if fail:
        raise ValueError(name)
    return name

print(gather(finish("slow", 0.03), finish("fast", 0.01)))
try:
    gather(finish("x", 0.02), finish("e1", 0.03, True), finish("e2", 0.01, True))
except ValueError as e:
    print("first error in argument order:", e)
print(gather())
