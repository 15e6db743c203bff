# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def good(): return 1
async def bad():  raise ValueError

try:
    gather(good(), bad())
except ValueError:
    print("caught")
