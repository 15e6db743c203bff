# Instances with __call__ are callable and work with map and sorted keys.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *, offset=0):
        return x * self.k + offset

double = Multiplier(2)
print(double(5), double(5, offset=1), list(map(double, [1, 2, 3])), callable(double), callable(Multiplier))
print(sorted([3, -1, 2], key=Multiplier(-1)))
try:
    double()
except TypeError as e:
    print("TypeError:", e)
