# Exception objects can be created, stored and compared without raising.
errors = [ValueError("v"), KeyError("k"), ZeroDivisionError("z")]
print([type(e).__name__ for e in errors], [str(e) for e in errors])
print(isinstance(errors[1], LookupError), isinstance(errors[0], LookupError))
def safe_div(a, b):
    try:
        return a / b, None
    except ZeroDivisionError as e:
        return None, e
print(safe_div(1, 2), safe_div(1, 0)[0], str(safe_div(1, 0)[1]))
