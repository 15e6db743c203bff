# Data descriptors beat the instance dict; non-data descriptors lose to it.
class Data:
    def __get__(self, obj, owner):
        return "data" if obj is not None else "data-class"

    def __set__(self, obj, value):
        print("set", value)

class NonData:
    def __get__(self, obj, owner):
        return "nondata"

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d, c.n, C.d, C.n)
c.d = 5
c.__dict__["d"] = "inst"
c.n = "inst-n"
print(c.d, c.n)
del c.n
print(c.n)
