# An exception raised by a property during a class pattern propagates.
class P:
    __match_args__ = ("p",)
    @property
    def p(self):
        raise ValueError("prop")

for i in range(2):
    try:
        match [1, P()]:
            case [a, P(b)]:
                print("no")
    except ValueError as e:
        print("caught", e, i)
