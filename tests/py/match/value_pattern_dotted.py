# Value patterns are dotted names compared with ==.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Ns:
    class Inner:
        LIMIT = 10

def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case Ns.Inner.LIMIT:
            return "the limit"
        case _:
            return "unknown"

for c in ["red", "green", "blue", 10, "pink"]:
    print(c, describe(c))
