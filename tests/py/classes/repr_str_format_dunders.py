# __repr__, __str__ and __format__ are used by repr(), str()/print and format().
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __format__(self, spec):
        if spec == "cents":
            return f"{self.cents}c"
        return format(str(self), spec)

m = Money(1234)
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:cents}", f"[{m:>10}]", "{:<8}|".format(m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

print(OnlyRepr(), str(OnlyRepr()), format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print("TypeError:", e)
