# Every path through try/except/else/finally in a function.
def f(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
    except ZeroDivisionError:
        log.append("except")
        return log, "div0"
    else:
        log.append("else")
        return log, r
    finally:
        log.append("finally")
print(f(2))
print(f(0))
