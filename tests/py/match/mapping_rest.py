# `**rest` captures the remaining items in a new plain dict.
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **rest}:
        print(rest)

match {"x": 1}:
    case {**everything}:
        print(everything, type(everything).__name__)

class D(dict):
    pass

match D(k=1, j=2):
    case {"k": _, **others}:
        print(others, type(others).__name__)
