# A generator cannot resume itself.
def g():
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield "ok"

me = g()
print(next(me))
