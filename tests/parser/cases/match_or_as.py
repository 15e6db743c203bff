match x:
    case 1 | 2 | 3:
        pass
    case (1 | 2) as y:
        pass
    case [a, b] as c:
        pass
    case 1 | 2 as y:
        pass
    case (a as b) as c:
        pass
    case [(1 | 2) as d, *e]:
        pass
