# NameError for unknown globals and in nested functions.
try:
    print(undefined_variable)
except NameError as e:
    print("NameError:", e, e.args)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
