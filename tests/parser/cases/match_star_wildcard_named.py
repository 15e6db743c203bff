match x:
    case [*_]:
        pass
    case [*rest]:
        pass
    case (*_, 1):
        pass
