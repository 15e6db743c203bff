# An exception raised by __eq__ during a value pattern propagates.
class Bad:
    def __eq__(self, other):
        raise RuntimeError("eq failed")

class Holder:
    bad = Bad()

try:
    match 1:
        case Holder.bad:
            print("no")
except RuntimeError as e:
    print("caught", e)
