# Wildcard positional sub-patterns still take their __match_args__ slot.
class P:
    __match_args__ = ("a", "b", "c")
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3

match P():
    case P(_, _, c):
        print("third is", c)
