# Reflected operands: a subclass's __radd__ is tried first; NotImplemented falls through.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("Num.__add__")
        return NotImplemented

    def __radd__(self, o):
        print("Num.__radd__")
        return "Num-r"

class SubNum(Num):
    def __radd__(self, o):
        print("SubNum.__radd__")
        return "SubNum-r"

try:
    print(Num(1) + Num(2))
except TypeError as e:
    print("TypeError:", e)
print(Num(1) + SubNum(2))
print(5 + Num(1))
print([1] + Num(1) if False else 2.5 + Num(1))

class Other:
    def __rsub__(self, o):
        return f"rsub({o})"

    def __rtruediv__(self, o):
        return f"rtruediv({o})"

    def __rlshift__(self, o):
        return f"rlshift({o})"

print(10 - Other(), 1 / Other(), 1 << Other(), "x" - Other() if False else "skip")
