# Truthiness uses __bool__, then __len__; __bool__ must return a bool.
class Empty:
    def __len__(self):
        return 0

class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0

class BadBool:
    def __bool__(self):
        return 1

print(bool(Empty()), bool(Truthy()), bool(object()), not Empty(), "yes" if Truthy() else "no")
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1

try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
