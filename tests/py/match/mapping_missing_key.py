# Looking keys up never calls __missing__.
class Tracking(dict):
    def __missing__(self, key):
        print("__missing__ should not be called")
        return 0

match Tracking(a=1):
    case {"a": 1, "b": _}:
        print("no")
    case {"a": 1}:
        print("matched without calling __missing__")
