# Closing a generator that never started does not run any of its code.
def g():
    try:
        print("started")
        yield 1
    finally:
        print("finally")

it = g()
it.close()
print(list(it))
