def f(cmd):
    match cmd.split():
        case ["go", direction]:
            return direction
        case ["quit"]:
            match x:
                case 1:
                    return 1
        case _:
            return None
