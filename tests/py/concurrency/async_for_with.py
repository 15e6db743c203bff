# edge-differs: concurrency builtins (CPython has no equivalent); expected output written by hand from docs/concurrency semantics
async def ticker(n):
    for i in range(n):
        sleep(0.01)
        yield i

class Res:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        print("open", self.name)
        await sleep(0)
        return self
    async def __aexit__(self, t, e, tb):
        print("close", self.name, t.__name__ if t else None)
        return False

class SyncRes:
    def __enter__(self): print("sync enter"); return "value"
    def __exit__(self, *a): print("sync exit"); return True

async def main():
    async for x in ticker(3):
        print("tick", x)
    async for y in [10, 20]:
        print("list", y)
    squares = [x * x async for x in ticker(4)]
    print(squares)
    evens = {x async for x in ticker(6) if x % 2 == 0}
    print(sorted(evens))
    gen = (x + 1 async for x in ticker(2))
    print(type(gen).__name__)
    async for z in gen:
        print("genexp", z)
    async with Res("a") as r:
        print("inside", r.name)
    try:
        async with Res("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("propagated", e)
    async with SyncRes() as v:
        print("got", v)
        raise KeyError("suppressed")
    print("after suppress")
    for bad in (lambda: [x for x in ticker(1)],):
        try: bad()
        except TypeError as e: print("TypeError:", e)
    return "done"

print(run(main()))
