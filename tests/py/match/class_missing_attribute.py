# A missing attribute makes a class pattern fail without an error.
class A:
    def __init__(self):
        self.present = 1

match A():
    case A(absent=_):
        print("no")
    case A(present=p):
        print("present", p)
