match 1:
    case 1:
        print("first")
    case 1:
        print("second")
