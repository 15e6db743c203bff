# edge-differs: a suspended generator that is dropped is not closed (the collector
# is a tracing one and runs no Python code), so its finally block does not run;
# CPython prints "finally ran" before "end". Call close() to get CPython's order
# (generators/close_finally.py).
def numbers():
    try:
        yield 1
    finally:
        print("finally ran")


g = numbers()
next(g)
del g
print("end")
