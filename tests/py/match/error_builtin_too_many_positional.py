match 1:
    case int(a, b):
        print("no")
