# __name__, __doc__, __defaults__ and custom attributes.
def documented(a, b=2, *, c=3):
    "Adds things."
    return a + b + c
print(documented.__name__, documented.__doc__, documented.__defaults__, documented.__kwdefaults__)
documented.calls = 0
documented.calls += 1
print(documented.calls, getattr(documented, "calls"), hasattr(documented, "missing"))
def nested():
    def inner():
        pass
    return inner
print(nested().__name__, nested().__qualname__, (lambda: 0).__name__)
