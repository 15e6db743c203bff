# An undefined class name in a pattern raises NameError when the case is tried.
try:
    match 1:
        case Undefined():
            pass
except NameError as e:
    print(e)
