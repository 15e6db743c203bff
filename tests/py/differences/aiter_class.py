# edge-differs: `async for` does not dispatch __aiter__/__anext__ on user classes
# (async generators and plain iterables work); CPython prints nothing here and
# finishes. Edge raises TypeError naming the limit.
class Empty:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


async def main():
    async for x in Empty():
        print(x)
    return "done"


try:
    print(run(main()))
except TypeError as e:
    print("TypeError:", e)
