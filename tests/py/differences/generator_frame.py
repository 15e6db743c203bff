# edge-differs: frame objects are not modelled, so generators have no gi_frame
# (CPython: a frame object while the generator is alive).
def g():
    yield 1


try:
    print(g().gi_frame is None)
except AttributeError as e:
    print("AttributeError:", e)
