match x, y:
    case _: pass
match *a, b:
    case _: pass
match x,:
    case _: pass
match -x:
    case _: pass
match (x):
    case _: pass
match f(x):
    case _: pass
match x[0]:
    case _: pass
match (y := x):
    case _: pass
