# match in a coroutine, with await in the subject, guard and body.
async def double(x):
    return x * 2

async def handle(msg):
    match await double(msg):
        case [a, b, *_] if await double(a) > 2:
            return ("big", a, b)
        case [a, *_]:
            return ("small", await double(a))
        case n:
            return ("number", n)

def drive(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

print(drive(handle([1, 2])))
print(drive(handle([2])))
print(drive(handle(4)))
