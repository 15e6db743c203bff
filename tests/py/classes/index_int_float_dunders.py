# __index__ lets objects be used as indices and in bin/hex; __int__/__float__ drive conversions.
class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n

class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5

xs = list(range(10))
print(xs[Idx(3)], xs[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), "ab" * Idx(2), range(Idx(3)))
print(int(Num()), float(Num()), int(Idx(9)))
try:
    xs[Num()]
except TypeError as e:
    print("TypeError:", e)
