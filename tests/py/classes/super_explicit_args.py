# super(Class, obj) skips part of the MRO; super() in classmethods works too.
class A:
    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "A.make(" + cls.__name__ + ")"

class B(A):
    def who(self):
        return "B"

    @classmethod
    def make(cls):
        return "B>" + super().make()

class C(B):
    def who(self):
        return "C"

c = C()
print(c.who(), super(C, c).who(), super(B, c).who(), C.make(), super(B, C).make())
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
