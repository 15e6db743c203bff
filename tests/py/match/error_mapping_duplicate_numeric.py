match {}:
    case {1: _, True: _}:
        pass
