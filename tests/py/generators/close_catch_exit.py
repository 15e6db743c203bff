# Catching GeneratorExit and returning is allowed; another exception propagates.
def quiet():
    try:
        yield 1
    except GeneratorExit:
        print("exiting quietly")
        return "ignored value"

def loud():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

q = quiet()
next(q)
print(q.close())
l = loud()
next(l)
try:
    l.close()
except ValueError as e:
    print("ValueError:", e)
