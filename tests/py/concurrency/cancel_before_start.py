# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
# A coroutine cancelled before it starts never runs.
async def never():
    print("should not print")

c = never()
cancel(c)
try:
    run(c)
except CancelledError as e:
    print("CancelledError", type(e).__mro__[1].__name__)
