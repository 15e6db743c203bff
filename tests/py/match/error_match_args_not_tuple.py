# __match_args__ must be a tuple.
class C:
    __match_args__ = ["a"]
    a = 1

match C():
    case C(x):
        print(x)
