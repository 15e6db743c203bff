# close() raises GeneratorExit at the suspension point, so finally blocks run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

it = g()
print(next(it))
print(it.close())
print(list(it))
it.close()  # closing again is a no-op
