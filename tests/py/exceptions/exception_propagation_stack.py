# An exception unwinds through several frames, running their finally blocks.
def a():
    try:
        b()
    finally:
        print("a finally")
def b():
    try:
        c()
    finally:
        print("b finally")
def c():
    raise OverflowError("deep")
try:
    a()
except OverflowError as e:
    print("caught at top:", e)
