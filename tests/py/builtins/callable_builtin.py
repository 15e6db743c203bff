# callable on functions, builtins, types and plain values.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(ValueError))
print(callable(0), callable("s"), callable([]), callable(None), callable(print))
