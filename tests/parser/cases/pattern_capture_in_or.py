match x:
    case [1, a] | [a, 1]:
        pass
    case {"k": (a | a)}:
        pass
