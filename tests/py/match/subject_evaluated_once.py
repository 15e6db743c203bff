# The subject expression is evaluated once.
def subject():
    print("subject evaluated")
    return 5

match subject():
    case 1:
        pass
    case 2:
        pass
    case 5:
        print("five")
