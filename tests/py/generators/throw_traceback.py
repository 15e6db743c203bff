# An exception thrown into a generator and not handled shows the generator's frame in
# the traceback.
def worker():
    total = 0
    while True:
        total += yield total

w = worker()
next(w)
w.send(5)
w.throw(ValueError("stop"))
