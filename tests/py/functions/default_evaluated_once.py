# Default expressions run once, at definition time.
def make():
    print("computing default")
    return 42
def f(x=make()):
    return x
print("defined")
print(f(), f(), f(1))
