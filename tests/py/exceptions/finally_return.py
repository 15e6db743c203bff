# A return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        print("finally runs before returning")
def g():
    try:
        return "try"
    finally:
        return "finally"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f(), g(), h())
