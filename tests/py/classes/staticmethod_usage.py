# staticmethods get no implicit argument and are callable from class and instance.
class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def describe():
        return "utility"

    def use(self):
        return self.add(1, 2) + MathUtil.add(3, 4)

m = MathUtil()
print(MathUtil.add(2, 3), m.add(5, 6), MathUtil.describe(), m.describe(), m.use())
print(type(MathUtil.__dict__["add"]).__name__, MathUtil.add is m.add)
sm = staticmethod(len)
print(sm("abc") if callable(sm) else sm.__func__("abc"))
try:
    MathUtil.add(1)
except TypeError as e:
    print("TypeError:", e)
