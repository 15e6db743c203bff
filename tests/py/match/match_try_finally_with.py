# return and raise from case bodies inside try/finally and with.
def f(x):
    try:
        match x:
            case [a, *_]:
                return a
            case {"k": v}:
                raise KeyError(v)
            case _:
                pass
    finally:
        print("finally", x)
    return "end"

print(f([1, 2]))
try:
    f({"k": 3})
except KeyError as e:
    print("KeyError", e)
print(f(0))

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True

def g(x):
    with CM():
        match x:
            case int(n) if n > 1:
                return n
            case int():
                raise ValueError
    return "suppressed"

print(g(5), g(0))
