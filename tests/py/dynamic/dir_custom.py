# A class's __dir__ decides what dir() lists (sorted by dir).
class C:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(C()))
class D:
    def __dir__(self):
        return ("z", "y")
print(dir(D()))
