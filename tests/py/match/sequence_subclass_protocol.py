# A list subclass sees the protocol calls CPython makes: len() for the length
# check, __iter__ to unpack, __getitem__ when the star is `*_` (items from the ends).
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __len__(self):
        print("len")
        return super().__len__()

s = Loud([1, 2, 3, 4])
match s:
    case [a, *_, b]:
        print("ends", a, b)
match s:
    case [a, b, c, d]:
        print("all", a, b, c, d)
match s:
    case [a, *rest]:
        print("rest", a, rest)
match s:
    case [*_]:
        print("any")
match s:
    case [_, _, *_, 4]:
        print("last is 4")
