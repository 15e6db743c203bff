# __match_args__ items must be strings.
class C:
    __match_args__ = ("a", 2)
    a = 1

match C():
    case C(x, y):
        print(x)
