# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield 1
    raise StopIteration("inner")

try:
    list(g())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
