# The same attribute through __match_args__ and a keyword is a TypeError.
class C:
    __match_args__ = ("a",)
    a = 1

match C():
    case C(x, a=y):
        print(x, y)
