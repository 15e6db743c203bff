# Cases are tried in order; only the first matching one runs.
match 1:
    case 1:
        print("first")
    case 1:
        print("second")
