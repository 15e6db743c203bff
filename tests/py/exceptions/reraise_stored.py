# Re-raising a caught exception object with raise e.
def f():
    try:
        int("bad")
    except ValueError as e:
        err = e
    raise err
try:
    f()
except ValueError as e:
    print("re-raised:", e)
