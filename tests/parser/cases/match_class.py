match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, y=0):
        pass
    case a.b.C(d):
        pass
    case int(i) | float(i):
        pass
    case Point(x=[a, b], y={"k": c}):
        pass
    case C(a,):
        pass
