# Class pattern attributes may be properties (computed during the match).
class Temp:
    __match_args__ = ("celsius", "fahrenheit")
    def __init__(self, c):
        self.celsius = c
    @property
    def fahrenheit(self):
        print("computing fahrenheit")
        return self.celsius * 9 / 5 + 32

match Temp(100):
    case Temp(c, 212.0):
        print("boiling at", c)
