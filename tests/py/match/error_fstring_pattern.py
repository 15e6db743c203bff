# f-strings are not allowed as literal patterns.
match "x":
    case f"x":
        pass
