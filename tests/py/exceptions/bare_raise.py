# A bare raise re-raises the exception being handled.
def risky():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise
try:
    risky()
except KeyError as e:
    print("outer caught", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
