match x:
    case {"a": 1,}:
        pass
    case {"a": 1, **r,}:
        pass
