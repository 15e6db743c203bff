# Subclasses of str and int keep their values and can add behaviour.
class Name(str):
    def shout(self):
        return self.upper() + "!"

class Cents(int):
    def __str__(self):
        return f"{int(self) / 100:.2f}"

n = Name("ann")
print(n, n.shout(), len(n), n == "ann", type(n + "x").__name__, isinstance(n, str))
c = Cents(250)
print(c, c + 5, type(c + 5).__name__, repr(c), c * 2)
print({Name("k"): 1}["k"], Cents(3) == 3)
