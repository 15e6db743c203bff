# edge-differs: exec/eval of a function's code object that needs cells or a generator is refused (CPython runs it); expected output written by hand
def g():
    x = 1
    def h():
        return x
    return h
try:
    exec(g.__code__)
except TypeError as e:
    print(e)
def gen():
    yield 1
try:
    eval(gen.__code__)
except TypeError as e:
    print(e)
def plain():
    return 1
print(eval(plain.__code__))
