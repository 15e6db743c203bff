print("never printed: this is a compile error")
match 1:
    case x:
        pass
    case 1:
        pass
