# Duplicate literal keys in a mapping pattern are a SyntaxError.
match {}:
    case {"a": 1, "a": 2}:
        pass
