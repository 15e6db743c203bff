# getattr/setattr/hasattr/delattr on functions and built-in objects.
def f():
    return 1
setattr(f, "label", "my function")
print(getattr(f, "label"), f.label, hasattr(f, "label"), hasattr(f, "nope"))
print(getattr(f, "nope", "fallback"), getattr(f, "__name__"))
delattr(f, "label")
print(hasattr(f, "label"))
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "real"), getattr(5, "imag"))
try:
    getattr(f, "missing")
except AttributeError as e:
    print("AttributeError:", e)
