def f(a, b=1, *args, c, d=2, **kwargs): pass
def g(*, a): pass
def h(*, a=1, b): pass
def i(**kw): pass
def j(*a): pass
def k(a, b, /): pass
def l(a, /, b): pass
def m(a=1, /, b=2, *, c=3): pass
def n(a, /, *, b): pass
def o(a, b=1, /, c=2, *d, e, f=3, **g): pass
def p(a,): pass
def q(*a,): pass
def r(**k,): pass
