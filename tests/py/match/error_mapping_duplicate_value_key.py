# Duplicate keys from dotted names are found at run time: ValueError.
class K:
    A = "a"
    B = "a"

match {"a": 1, "b": 2}:
    case {K.A: 1, K.B: 2}:
        print("no")
