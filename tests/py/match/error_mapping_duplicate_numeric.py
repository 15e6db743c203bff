# Mapping keys are duplicates by equality (1 and True): SyntaxError.
match {}:
    case {1: _, True: _}:
        pass
