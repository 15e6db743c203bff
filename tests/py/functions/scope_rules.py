# LEGB lookup and shadowing.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
def shadow():
    x = "local"
    return x
def reads_global():
    return x
print(outer(), shadow(), reads_global(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "mine"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
