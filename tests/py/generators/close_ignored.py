# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def g():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2

it = g()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError:", e)
