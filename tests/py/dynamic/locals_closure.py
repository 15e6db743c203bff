# locals() shows cells and free variables.
def outer(p):
    q = 2
    def inner():
        r = 3
        return p + q, locals()
    return inner(), sorted(locals())
print(outer(1))
