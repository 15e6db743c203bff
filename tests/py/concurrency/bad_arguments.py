# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
for call in (lambda: run(), lambda: run(5), lambda: sleep("x"), lambda: sleep(-1), lambda: with_timeout(1),
             lambda: gather(1, 2), lambda: cancel(None)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
