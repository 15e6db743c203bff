# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
try:
    import asyncio
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
