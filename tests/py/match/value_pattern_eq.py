# Value patterns compare with ==, so a reflected __eq__ decides.
class Anything:
    def __eq__(self, other):
        print("Anything.__eq__ called with", other)
        return True

class Holder:
    value = Anything()

match 5:
    case Holder.value:
        print("matched through __eq__")
