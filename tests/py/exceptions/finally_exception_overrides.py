# An exception in finally replaces one in flight.
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
