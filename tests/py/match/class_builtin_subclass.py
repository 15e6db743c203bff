# Subclasses of built-ins inherit self-matching unless they define __match_args__.
class MyInt(int):
    pass

class MyStr(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()

match MyInt(7):
    case MyInt(n):
        print("MyInt matches itself:", n, type(n).__name__)

match MyStr("abc"):
    case MyStr(u):
        print("__match_args__ wins over self-matching:", u)

match 5:
    case MyInt():
        print("no")
    case int(x) if x > 3:
        print("plain int", x)
