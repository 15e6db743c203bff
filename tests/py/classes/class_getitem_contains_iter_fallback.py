# `in` falls back to __iter__ when __contains__ is missing, then to __getitem__.
class ViaIter:
    def __iter__(self):
        print("iter used")
        return iter([1, 2, 3])

class ViaGetitem:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i

print(2 in ViaIter(), 5 in ViaIter(), 3 in ViaGetitem(), 9 in ViaGetitem())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
