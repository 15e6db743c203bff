try:
    match 1:
        case Undefined():
            pass
except NameError as e:
    print(e)
